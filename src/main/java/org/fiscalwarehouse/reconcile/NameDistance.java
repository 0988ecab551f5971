package org.fiscalwarehouse.reconcile;

/**
 * How far apart two printed names are: the number of characters added, dropped or changed to turn one into the
 * other (whitespace ignored). A name spelt with one character changed (督查/督察) or a word left out (运作经费 for
 * 运作补助经费) is near; two different projects are not.
 */
final class NameDistance {

    private NameDistance() {
    }

    static int between(String a, String b) {
        String x = SubjectNames.squash(a);
        String y = SubjectNames.squash(b);
        int[] previous = new int[y.length() + 1];
        int[] row = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int change = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(change, Math.min(previous[j], row[j - 1]) + 1);
            }
            int[] t = previous;
            previous = row;
            row = t;
        }
        return previous[y.length()];
    }

    /** Near: at most one character in five differs, and at least one does not. */
    static boolean near(String a, String b) {
        int d = between(a, b);
        int shorter = Math.min(SubjectNames.squash(a).length(), SubjectNames.squash(b).length());
        return d > 0 && d * 5 <= shorter;
    }
}
