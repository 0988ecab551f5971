package org.fiscalwarehouse.reconcile;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How far apart two printed names are: the number of characters added, dropped or changed to turn one into the
 * other (whitespace ignored). A name spelt with one character changed (督查/督察) or a word left out (运作经费 for
 * 运作补助经费) is near; two different projects are not.
 */
final class NameDistance {

    private NameDistance() {
    }

    static int between(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(SubjectNames.squash(a), SubjectNames.squash(b));
    }

    /** Near: at most one character in five differs, and at least one does not. */
    static boolean near(String a, String b) {
        int d = between(a, b);
        int shorter = Math.min(SubjectNames.squash(a).length(), SubjectNames.squash(b).length());
        return d > 0 && d * 5 <= shorter;
    }
}
