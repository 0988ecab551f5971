package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fiscalwarehouse.parse.Provenance;

/** How a derived figure says where it came from: its provenance names the figures and the arithmetic. */
final class Derivation {

    static final String TABLE = "derived";

    private Derivation() {
    }

    /** A derived figure's provenance: near the figure it was computed from, with the formula as its column. */
    static Provenance provenance(Provenance from, String formula) {
        if (from == null) {
            return new Provenance(0, TABLE, null, formula);
        }
        return new Provenance(from.page(), from.table(), from.rowLabel(), formula);
    }

    static Provenance provenance(String formula) {
        return new Provenance(0, TABLE, null, formula);
    }

    /** Money as published: two decimals. */
    static BigDecimal wan(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
