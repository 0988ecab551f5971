package org.fiscalwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.fiscalwarehouse.WarehouseDb;
import org.fiscalwarehouse.parse.DocKind;
import org.fiscalwarehouse.parse.DocumentIdentity;
import org.fiscalwarehouse.parse.DocumentStatus;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.PerformanceFundingLine;
import org.fiscalwarehouse.parse.ProjectPerformance;
import org.fiscalwarehouse.parse.Provenance;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Scope;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;
import org.fiscalwarehouse.reconcile.CheckResult;
import org.fiscalwarehouse.reconcile.CheckStatus;
import org.fiscalwarehouse.reconcile.ReconciledDocument;
import org.fiscalwarehouse.reconcile.Reconciler;
import org.fiscalwarehouse.reconcile.Repair;
import org.fiscalwarehouse.reconcile.Tolerance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repaired figure replaces its printed one in the analyst views, while the fact table keeps the printed figure
 * (source table) marked with the repair that superseded it.
 */
class RepairedFiguresPublishTest {

    private static final Provenance T05 = new Provenance(12, "公开05表", "2101199 其他行政事业单位医疗支出", "小计");
    private static final Provenance PERF = new Provenance(32, "整体支出绩效自评表", "合计", "全年执行数");
    private static final String XM = "doc-xm-2023";
    private static final String FZ = "doc-fz-2023";

    @TempDir
    static Path warehouse;

    @BeforeAll
    static void publish() throws Exception {
        ReconciledDocument xiamen = Reconciler.withDefaultChecks(Tolerance.DEFAULT).reconcile(xiamenAsPrinted());
        WarehousePublisher.withDefaults().publish(List.of(xiamen, fuzhouWithHandMadeRepairs()),
                WarehouseFixture.units(), warehouse.toString(), Path.of("sql"));
    }

    @Test
    void theFactTableKeepsThePrintedFigureMarkedWithTheRepair() throws Exception {
        assertThat(rows("SELECT amount_wan, source, superseded_by FROM fact_func_amount WHERE doc_id = '" + XM
                + "' AND subject_code = '2101199' AND measure = 'total' ORDER BY source DESC")).containsExactly(
                List.of("4.14", "table", "SUBJECT.ROW_PERMUTED"), List.of("12274.14", "repaired", "NULL"));
        assertThat(rows("SELECT executed_wan, source, superseded_by FROM fact_project_performance WHERE doc_id = '"
                + XM + "' ORDER BY source DESC")).containsExactly(
                List.of("128685.25", "table", "PERFORMANCE.FIGURE_MISTYPED"), List.of("126685.25", "repaired", "NULL"));
    }

    @Test
    void theViewsShowTheRepairedFigure() throws Exception {
        assertThat(rows("SELECT amount_wan, source FROM v_func_amount WHERE doc_id = '" + XM
                + "' AND table_code = 'T05' AND subject_code = '2101199' AND measure = 'total'"))
                .containsExactly(List.of("12274.14", "repaired"));
        assertThat(rows("SELECT executed_wan, budget_wan FROM v_execution WHERE doc_id = '" + XM
                + "' AND kind = 'whole'")).containsExactly(List.of("126685.25", "127818.89"));
        assertThat(rows("SELECT gpb_total_wan FROM v_unit_year WHERE doc_id = '" + FZ + "'"))
                .containsExactly(List.of("3139.41"));
        assertThat(rows("SELECT final_wan, final_source FROM v_sangong WHERE unit_code = 'fuzhou-hsa'"
                + " AND fiscal_year = 2023 AND category = 'total'")).containsExactly(List.of("2.90", "repaired"));
    }

    @Test
    void theRepairsAreListedInTheChecks() throws Exception {
        assertThat(rows("SELECT check_code FROM v_checks WHERE doc_id = '" + XM + "' AND status = 'repaired'"
                + " ORDER BY check_code")).containsExactly(List.of("PERFORMANCE.FIGURE_MISTYPED"),
                List.of("SUBJECT.ROW_PERMUTED"));
    }

    /** Xiamen 2023's table 05 款 21011 and its 整体 funding block, as printed. */
    private static ParsedDocument xiamenAsPrinted() {
        ParsedFacts f = ParsedFacts.empty();
        addRow(f, "21011", "12503.50", "233.50", "12270.00");
        addRow(f, "2101102", "229.36", "229.36", "0.00");
        addRow(f, "2101199", "4.14", "12274.14", "12270.00");
        f.projects().add(new ProjectPerformance("整体", wan("99164.77"), wan("127818.89"), wan("128685.25"),
                wan("99.11"), wan("98.40"), Source.TABLE, PERF));
        f.fundingLines().add(line("合计", true, "127818.89", "128685.25", "99.11"));
        f.fundingLines().add(line("人员支出", false, "9521.36", "8454.28", "88.79"));
        f.fundingLines().add(line("发展经费", false, "118297.53", "118230.97", "99.94"));
        return document(XM, "xiamen-hsa", "厦门市医疗保障局", f);
    }

    /** Fuzhou 2023 with a repaired GPB total and 三公 total, made by hand: the views must prefer them. */
    private static ReconciledDocument fuzhouWithHandMadeRepairs() {
        ParsedFacts f = ParsedFacts.empty();
        StatFigure printed = new StatFigure(2023, "t05.gpb_total", null, wan("3193.41"), StatFigure.WAN_YUAN,
                Source.TABLE, T05);
        StatFigure repaired = new StatFigure(2023, "t05.gpb_total", null, wan("3139.41"), StatFigure.WAN_YUAN,
                Source.REPAIRED, T05);
        SangongFigure printedTotal = new SangongFigure(2023, "total", "final", wan("2.09"), null, Source.TABLE, T05);
        SangongFigure repairedTotal = new SangongFigure(2023, "total", "final", wan("2.90"), null, Source.REPAIRED,
                T05);
        f.stats().add(printed);
        f.stats().add(repaired);
        f.sangong().add(printedTotal);
        f.sangong().add(repairedTotal);
        ParsedFacts was = ParsedFacts.empty();
        was.stats().add(printed);
        was.sangong().add(printedTotal);
        ParsedFacts now = ParsedFacts.empty();
        now.stats().add(repaired);
        now.sangong().add(repairedTotal);
        CheckResult check = new CheckResult("TEST.REPAIR", CheckResult.INFO, CheckStatus.REPAIRED, "合计",
                wan("3139.41"), wan("3193.41"), "printed 3193.41, repaired to 3139.41");
        return new ReconciledDocument(document(FZ, "fuzhou-hsa", "福州市医疗保障局", f), f.frozen(), List.of(check),
                List.of(new Repair("TEST.REPAIR", "合计", was.frozen(), now.frozen())));
    }

    private static void addRow(ParsedFacts f, String code, String total, String basic, String project) {
        f.funcAmounts().add(new FuncAmount("T05", code, "", "total", wan(total), Source.TABLE, T05));
        f.funcAmounts().add(new FuncAmount("T05", code, "", "basic", wan(basic), Source.TABLE, T05));
        f.funcAmounts().add(new FuncAmount("T05", code, "", "project", wan(project), Source.TABLE, T05));
    }

    private static PerformanceFundingLine line(String label, boolean total, String full, String executed,
                                               String rate) {
        return new PerformanceFundingLine("整体", label, total, null, null, wan(full), wan(executed), wan(rate), null,
                Source.TABLE, PERF);
    }

    private static ParsedDocument document(String docId, String unit, String name, ParsedFacts facts) {
        return new ParsedDocument(docId, "file:/" + docId + ".pdf", docId + ".pdf", "sha-" + docId,
                Instant.parse("2024-06-01T08:00:00Z"), 40,
                new DocumentIdentity(name, unit, true, 2023, DocKind.FINAL, Scope.DEPARTMENT, name + "2023年度部门决算"),
                facts.frozen(), DocumentStatus.LOADED, null);
    }

    private static BigDecimal wan(String v) {
        return new BigDecimal(v);
    }

    private static List<List<String>> rows(String sql) throws Exception {
        try (Connection c = WarehouseDb.readOnly(warehouse)) {
            return WarehouseDb.rows(c, sql);
        }
    }
}
