package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.fiscalwarehouse.parse.DocKind;
import org.fiscalwarehouse.parse.DocumentIdentity;
import org.fiscalwarehouse.parse.DocumentStatus;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Provenance;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Scope;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;

/** Small documents built from figures the samples print, for rules tested alone. */
final class ReconcileFixtures {

    private ReconcileFixtures() {
    }

    static ParsedDocument document(int year, ParsedFacts facts) {
        return document("d0c", year, DocKind.FINAL, facts);
    }

    static ParsedDocument document(String docId, int year, DocKind kind, ParsedFacts facts) {
        return new ParsedDocument(docId, "file:/x.pdf", "x.pdf", "d0c".repeat(21) + "0", Instant.EPOCH, 10,
                new DocumentIdentity("某单位", "unit-x", false, year, kind, Scope.UNIT, "某单位" + year + "年度决算"),
                facts.frozen(), DocumentStatus.LOADED, null);
    }

    /** Runs the rules in order on the document, as the reconcile stage does, and returns what they left. */
    static Reconciliation run(ParsedDocument document, ReconciliationCheck... rules) {
        Reconciliation r = new Reconciliation(document, Tolerance.DEFAULT, List::of);
        for (ReconciliationCheck rule : rules) {
            rule.check(r);
        }
        return r;
    }

    static List<CheckResult> results(ParsedDocument document, ReconciliationCheck... rules) {
        return run(document, rules).results();
    }

    static StatFigure t01(String metric, String value) {
        return stat(2023, metric, value, Source.TABLE);
    }

    static StatFigure stat(int year, String metric, String value, Source source) {
        return new StatFigure(year, metric, null, new BigDecimal(value), StatFigure.WAN_YUAN, source,
                new Provenance(9, source == Source.TABLE ? "公开01表" : "第三部分", metric, "决算数"));
    }

    static SangongFigure sangong(String category, String phase, String value, Source source) {
        return sangong(2023, category, phase, value, null, source);
    }

    static SangongFigure sangong(int year, String category, String phase, String value, String ratePct,
                                 Source source) {
        return new SangongFigure(year, category, phase, new BigDecimal(value),
                ratePct == null ? null : new BigDecimal(ratePct), source, new Provenance(17, "公开07表", category, phase));
    }

    /** A subject table figure as printed. */
    static FuncAmount func(String table, String code, String measure, String value) {
        return func(table, code, "", measure, value, Source.TABLE);
    }

    static FuncAmount func(String table, String code, String name, String measure, String value, Source source) {
        return new FuncAmount(table, code, name, measure, new BigDecimal(value), source,
                new Provenance(12, "公开05表", code + " " + name, measure));
    }

    /** A table-row of figures: total then parts, under the given measures. */
    static List<FuncAmount> row(String table, String code, String[] measures, String... values) {
        java.util.List<FuncAmount> out = new java.util.ArrayList<>();
        for (int i = 0; i < measures.length; i++) {
            out.add(func(table, code, measures[i], values[i]));
        }
        return out;
    }
}
