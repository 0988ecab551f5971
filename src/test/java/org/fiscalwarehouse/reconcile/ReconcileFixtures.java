package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.time.Instant;
import org.fiscalwarehouse.parse.DocKind;
import org.fiscalwarehouse.parse.DocumentIdentity;
import org.fiscalwarehouse.parse.DocumentStatus;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Provenance;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Scope;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;

/** Small documents built from figures the samples print, for checks tested alone. */
final class ReconcileFixtures {

    private ReconcileFixtures() {
    }

    static ParsedDocument document(int year, ParsedFacts facts) {
        return new ParsedDocument("d0c", "file:/x.pdf", "x.pdf", "d0c".repeat(21) + "0", Instant.EPOCH, 10,
                new DocumentIdentity("某单位", "unit-x", false, year, DocKind.FINAL, Scope.UNIT, "某单位2023年度决算"),
                facts.frozen(), DocumentStatus.LOADED, null);
    }

    static StatFigure t01(String metric, String value) {
        return new StatFigure(2023, metric, null, new BigDecimal(value), StatFigure.WAN_YUAN, Source.TABLE,
                new Provenance(9, "公开01表", metric, "决算数"));
    }

    static SangongFigure sangong(String category, String phase, String value, Source source) {
        return new SangongFigure(2023, category, phase, new BigDecimal(value), null, source,
                new Provenance(17, "公开07表", category, phase));
    }
}
