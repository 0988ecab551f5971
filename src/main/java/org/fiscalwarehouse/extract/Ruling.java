package org.fiscalwarehouse.extract;

/**
 * A horizontal or vertical ruling line, in points with y growing downwards. {@code position} is the y of a
 * horizontal ruling (x of a vertical one); {@code from}/{@code to} its extent along the other axis.
 */
record Ruling(boolean horizontal, double position, double from, double to) {

    Ruling {
        if (from > to) {
            double t = from;
            from = to;
            to = t;
        }
    }

    double length() {
        return to - from;
    }

    /** Whether this ruling covers the span [a, b] along its length, allowing {@code tolerance} at both ends. */
    boolean covers(double a, double b, double tolerance) {
        return from <= a + tolerance && to >= b - tolerance;
    }
}
