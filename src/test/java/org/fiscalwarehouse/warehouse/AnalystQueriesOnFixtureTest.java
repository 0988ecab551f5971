package org.fiscalwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.fiscalwarehouse.parse.DocKind;
import org.fiscalwarehouse.parse.DocumentStatus;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.ProjectPerformance;
import org.fiscalwarehouse.parse.Provenance;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;
import org.fiscalwarehouse.query.SavedQuery;
import org.fiscalwarehouse.reconcile.CheckResult;
import org.fiscalwarehouse.reconcile.CheckStatus;
import org.fiscalwarehouse.reconcile.ReconciledDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst queries on shapes the sample lacks: two years of one unit's subject table, a prior year the
 * warehouse holds as a derived figure, checks that failed, a project whose budget is 0.
 */
class AnalystQueriesOnFixtureTest {

    private static final Provenance T05 = new Provenance(15, "公开05表 一般公共预算财政拨款支出决算表", "行政运行", "合计");
    private static final Provenance TEXT = new Provenance(30, "三、一般公共预算财政拨款支出决算情况说明", "……", null);

    @TempDir
    static Path warehouse;

    @BeforeAll
    static void publish() throws Exception {
        List<ReconciledDocument> documents = new ArrayList<>(WarehouseFixture.documents());
        documents.add(xiamen(2022, "3593.64", null, List.of()));
        documents.add(xiamen(2023, "3721.32", "127.68", List.of(
                new CheckResult("T05.SUM", "error", CheckStatus.FAIL, "210", new BigDecimal("126685.25"),
                        new BigDecimal("128685.25"), "合计 differs from the sum of its rows"),
                new CheckResult("NARRATIVE.T01", "warning", CheckStatus.FAIL, "t01.income_total",
                        new BigDecimal("100.00"), new BigDecimal("100.01"), "narrative and table differ"),
                new CheckResult("T01.BALANCE.INCOME_SIDE", "error", CheckStatus.PASS, "t01", BigDecimal.ONE,
                        BigDecimal.ONE, "balanced"))));
        documents.add(quanzhou2024());
        WarehousePublisher.withDefaults().publish(documents, WarehouseFixture.units(), warehouse.toString(),
                Path.of("sql"));
    }

    /** Xiamen's final account of a year: one T05 subject, optionally the narrative's change on last year. */
    private static ReconciledDocument xiamen(int year, String administration, String statedChange,
                                             List<CheckResult> checks) {
        ParsedFacts f = ParsedFacts.empty();
        f.funcAmounts().add(new FuncAmount("T05", "2101501", "行政运行", "total", new BigDecimal(administration),
                Source.TABLE, T05));
        if (statedChange != null) {
            f.stats().add(new StatFigure(year, "change.t05.2101501", null, new BigDecimal(statedChange),
                    StatFigure.WAN_YUAN, Source.NARRATIVE, TEXT));
        }
        f.projects().add(new ProjectPerformance("医保基金监管", null, new BigDecimal("0.00"), new BigDecimal("0.00"),
                null, null, Source.TABLE, TEXT));
        f.projects().add(new ProjectPerformance("医保政策兑现经费", null, new BigDecimal("1000.00"),
                new BigDecimal(year == 2023 ? "250.00" : "900.00"), null, null, Source.TABLE, TEXT));
        return WarehouseFixture.doc("doc-xm-" + year + "-final", "xiamen-hsa", "厦门市医疗保障局", true, year,
                DocKind.FINAL, year + 1 + "-06-01T08:00:00Z", f, DocumentStatus.LOADED, null, checks);
    }

    /** A final account whose prior-year 三公 total the warehouse holds as a derived figure. */
    private static ReconciledDocument quanzhou2024() {
        ParsedFacts f = ParsedFacts.empty();
        f.sangong().add(new SangongFigure(2024, "total", "final", new BigDecimal("12.58"), null, Source.TABLE, T05));
        f.sangong().add(new SangongFigure(2023, "total", "final", new BigDecimal("8.47"), null, Source.DERIVED, TEXT));
        return WarehouseFixture.doc("doc-qz-2024-final", "quanzhou-hsa", "泉州市医疗保障局", true, 2024, DocKind.FINAL,
                "2025-06-01T08:00:00Z", f, DocumentStatus.LOADED, null, List.of());
    }

    private static List<List<String>> run(String query, String columns) throws Exception {
        String sql = SavedQuery.locate(query, Path.of("sql")).sql().strip();
        String inner = sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
        try (Connection c = WarehousePublisherTest.connect(warehouse)) {
            return WarehousePublisherTest.rows(c, "SELECT " + columns + " FROM (" + inner + ")");
        }
    }

    @Test
    void subjectYearOnYearTakesLastYearFromTheUnitsOwnDocumentWhenThereIsOne() throws Exception {
        assertThat(run("subject_yoy", "unit_code, fiscal_year, subject_code, amount_wan, prior_wan, change_wan,"
                + " change_pct, prior_source")).containsExactly(
                List.of("xiamen-hsa", "2023", "2101501", "3721.32", "3593.64", "127.68", "3.55", "document"));
    }

    @Test
    void sangongTrendMarksAYearTheWarehouseHoldsOnlyAsADerivedFigure() throws Exception {
        assertThat(run("sangong_trend", "unit_code, fiscal_year, total_wan, change_wan, change_pct, derived, source"))
                .containsExactly(
                        // Fuzhou 2022: its own table (8.50) beats 2023's derived 8.00, so not derived
                        List.of("fuzhou-hsa", "2022", "8.50", "NULL", "NULL", "false", "table"),
                        List.of("fuzhou-hsa", "2023", "10.00", "1.50", "17.65", "false", "table"),
                        List.of("quanzhou-hsa", "2023", "8.47", "NULL", "NULL", "true", "derived"),
                        List.of("quanzhou-hsa", "2024", "12.58", "4.11", "48.52", "false", "table"));
    }

    @Test
    void failedChecksListErrorsBeforeWarningsWithTheDifference() throws Exception {
        assertThat(run("failed_checks", "unit_code, fiscal_year, check_code, severity, difference_wan")).containsExactly(
                List.of("xiamen-hsa", "2023", "T05.SUM", "error", "2000.00"),
                List.of("xiamen-hsa", "2023", "NARRATIVE.T01", "warning", "0.01"));
    }

    @Test
    void projectLeagueRanksByExecutionRateAndPutsAZeroBudgetLast() throws Exception {
        assertThat(run("project_execution_league", "rank, unit_code, fiscal_year, project_name_zh, execution_rate_pct"))
                .containsExactly(
                        List.of("1", "xiamen-hsa", "2023", "医保政策兑现经费", "25.00"),
                        List.of("2", "fuzhou-hsa", "2023", "医保信息化建设", "67.47"),
                        List.of("3", "xiamen-hsa", "2022", "医保政策兑现经费", "90.00"),
                        List.of("NULL", "xiamen-hsa", "2022", "医保基金监管", "NULL"),
                        List.of("NULL", "xiamen-hsa", "2023", "医保基金监管", "NULL"));
    }
}
