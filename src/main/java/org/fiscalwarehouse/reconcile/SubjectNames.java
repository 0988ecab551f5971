package org.fiscalwarehouse.reconcile;

/**
 * Compares subject names as different parts of a document print them: whitespace does not count, and the
 * narrative's habit of adding 支出 ("行政单位离退休支出" for the table's 行政单位离退休) is not a different name.
 */
final class SubjectNames {

    private static final String SPENDING = "支出";

    private SubjectNames() {
    }

    static String squash(String name) {
        return name == null ? "" : name.replaceAll("[\\s\u3000]", "");
    }

    /** Whether two names name the same subject. */
    static boolean same(String a, String b) {
        String x = squash(a);
        String y = squash(b);
        return x.equals(y) || x.equals(y + SPENDING) || y.equals(x + SPENDING);
    }

    /**
     * Whether {@code printed} is {@code full} with its end cut off (or lost entirely): a strict beginning of it, the
     * rest being more than the 支出 the narrative adds.
     */
    static boolean isCutOf(String printed, String full) {
        String p = squash(printed);
        String f = squash(full);
        return f.length() > p.length() && f.startsWith(p) && !f.substring(p.length()).equals(SPENDING);
    }

    /** Whether the names differ as names, not by a cut or the narrative's 支出. */
    static boolean conflict(String a, String b) {
        return !squash(a).isEmpty() && !squash(b).isEmpty() && !same(a, b) && !isCutOf(a, b) && !isCutOf(b, a)
                && !isCutOf(a + SPENDING, b) && !isCutOf(b + SPENDING, a);
    }
}
