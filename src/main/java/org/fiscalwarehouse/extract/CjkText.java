package org.fiscalwarehouse.extract;

/** Character classes that decide whether two text fragments are joined with or without a space. */
final class CjkText {

    private CjkText() {
    }

    /** Han characters, CJK punctuation and full-width forms: joined without spaces. */
    static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF00' && c <= '\uFFEF')
                || (c >= '\u2018' && c <= '\u201D');
    }

    /** Joins fragments of one cell wrapped over several lines: Chinese joins directly, Latin words with a space. */
    static String joinWrapped(String before, String after) {
        if (before.isEmpty()) {
            return after;
        }
        if (after.isEmpty()) {
            return before;
        }
        char a = before.charAt(before.length() - 1);
        char b = after.charAt(0);
        // A number broken by a narrow column ("126,996." / "81") must come back whole.
        boolean numberBreak = isNumberChar(a) && isNumberChar(b);
        if (numberBreak || isCjk(a) || isCjk(b) || a == '-' || a == '/' || a == '(' || b == ')' || b == '%') {
            return before + after;
        }
        return before + " " + after;
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == ',' || c == '.';
    }
}
