package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import org.fiscalwarehouse.parse.EconAmount;
import org.fiscalwarehouse.parse.Provenance;
import org.fiscalwarehouse.parse.Source;

/** Table 06 figures for the economic-subject checks. */
final class ReconcileFixturesEcon {

    private ReconcileFixturesEcon() {
    }

    static EconAmount econ(String code, String value) {
        return new EconAmount("T06", code, "", new BigDecimal(value), Source.TABLE,
                new Provenance(14, "公开06表", code, "金额"));
    }
}
