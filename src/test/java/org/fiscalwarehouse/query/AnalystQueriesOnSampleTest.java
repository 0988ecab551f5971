package org.fiscalwarehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscalwarehouse.query.SampleWarehouse.columns;
import static org.fiscalwarehouse.query.SampleWarehouse.rows;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs each analyst query of {@code sql/queries/} over the warehouse published from the bundled sample, through a
 * separate read-only DuckDB connection, and checks the answers against the documents (see golden/NOTES.md).
 */
class AnalystQueriesOnSampleTest {

    static Connection duckdb;

    @BeforeAll
    static void open() throws Exception {
        duckdb = SampleWarehouse.connect();
    }

    @AfterAll
    static void close() throws Exception {
        duckdb.close();
    }

    private static String sql(String name) throws Exception {
        return SavedQuery.locate(name, Path.of("sql")).sql();
    }

    /** The saved query as a subquery, to pick columns from it. */
    private static String from(String name) throws Exception {
        String sql = sql(name).strip();
        return "(" + (sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql) + ")";
    }

    @Test
    void everySavedQueryStatesTheQuestionItAnswersAndRuns() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("sql/queries"))) {
            List<Path> queries = files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
            assertThat(queries).extracting(p -> p.getFileName().toString()).containsExactly(
                    "failed_checks.sql", "project_execution_league.sql", "sangong_execution_rate.sql",
                    "sangong_trend.sql", "subject_yoy.sql", "unit_year_summary.sql");
            for (Path file : queries) {
                SavedQuery saved = SavedQuery.locate(file.toString(), null);
                assertThat(saved.question()).as(file.toString()).endsWith("?").contains(":");
                assertThat(columns(duckdb, saved.sql())).as(file.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void sangongTrendDerivesLastYearFromTheStatedChangeAndMarksIt() throws Exception {
        assertThat(rows(duckdb, "SELECT unit_code, scope, fiscal_year, total_wan, change_wan, change_pct, outbound_wan,"
                + " reception_wan, derived FROM " + from("sangong_trend"))).containsExactly(
                // 0.48 − 0.48: a zero base, so no rate (the document's "增长 0%" is undefined)
                List.of("fujian-fund-centre", "unit", "2022", "0.00", "NULL", "NULL", "0.00", "0.00", "true"),
                List.of("fujian-fund-centre", "unit", "2023", "0.48", "0.48", "NULL", "0.00", "0.48", "false"),
                List.of("fuzhou-hsa", "unit", "2022", "1.55", "NULL", "NULL", "0.00", "1.55", "true"),
                List.of("fuzhou-hsa", "unit", "2023", "2.90", "1.35", "87.10", "0.00", "2.90", "false"),
                List.of("quanzhou-hsa", "department", "2023", "8.47", "NULL", "NULL", "0.00", "8.47", "true"),
                List.of("quanzhou-hsa", "department", "2024", "12.58", "4.11", "48.52", "0.00", "12.58", "false"),
                List.of("xiamen-hsa", "department", "2022", "1.81", "NULL", "NULL", "0.00", "1.81", "true"),
                // 8.62 / 1.81 = 476.24%, as narrative 七 states
                List.of("xiamen-hsa", "department", "2023", "10.43", "8.62", "476.24", "6.46", "3.98", "false"));
    }

    @Test
    void sangongExecutionRateShowsBudgetFinalAndBothRates() throws Exception {
        List<List<String>> rows = rows(duckdb, sql("sangong_execution_rate"));
        assertThat(rows).hasSize(24); // four final accounts × six categories
        List<String> columns = columns(duckdb, sql("sangong_execution_rate"));
        assertThat(columns).containsExactly("unit_code", "unit_name_zh", "scope", "fiscal_year", "category",
                "budget_wan", "final_wan", "execution_rate_pct", "stated_rate_pct", "computed_rate_pct",
                "final_source", "budget_source");
        assertThat(rows).contains(
                // Xiamen's 三公 table gives budget and final: 10.43 / 15.46 = 67.46%
                List.of("xiamen-hsa", "厦门市医疗保障局", "department", "2023", "total", "15.46", "10.43", "67.46",
                        "67.46", "67.46", "table", "table"),
                List.of("xiamen-hsa", "厦门市医疗保障局", "department", "2023", "reception", "9.00", "3.98", "44.22",
                        "44.22", "44.22", "table", "table"),
                // Fuzhou prints the rate (完成全年预算数的96.67%) but not the budget: 2.90 / 96.67% = 3.00, derived
                List.of("fuzhou-hsa", "福州市医疗保障局", "unit", "2023", "total", "3.00", "2.90", "96.67", "96.67",
                        "96.67", "table", "derived"));
        assertThat(rows.get(0)).startsWith("fujian-fund-centre", "福建省医疗保障基金中心", "unit", "2023", "total");
    }

    @Test
    void projectLeagueStartsWithTheLowestExecutionRateAndLeavesUnratedProjectsLast() throws Exception {
        List<List<String>> rows = rows(duckdb, "SELECT rank, unit_code, project_name_zh, budget_wan, executed_wan,"
                + " unspent_wan, execution_rate_pct FROM " + from("project_execution_league"));
        assertThat(rows.subList(0, 3)).containsExactly(
                List.of("1", "fuzhou-hsa", "网络专项服务", "15.36", "0.00", "15.36", "0.00"),
                List.of("2", "fuzhou-hsa", "医疗服务与保障能力提升补助资金", "383.41", "156.15", "227.26", "40.73"),
                List.of("3", "quanzhou-hsa", "特殊人群医疗费", "1594.99", "772.80", "822.19", "48.45"));
        // a project with a full-year budget of 0 has no rate: unranked, at the end
        assertThat(rows.get(rows.size() - 1)).containsExactly("NULL", "fuzhou-hsa", "外伤医疗费用结算审核服务费",
                "0.00", "0.00", "0.00", "NULL");
        List<BigDecimal> rates = rows.stream().filter(r -> !r.get(6).equals("NULL"))
                .map(r -> new BigDecimal(r.get(6))).toList();
        assertThat(rates).isSorted().hasSize(rows.size() - 1);
        assertThat(rows).noneMatch(r -> r.get(2).equals("整体")); // the whole-unit evaluation is not a project
    }

    @Test
    void unitYearSummaryPutsTheUnitsSideBySide() throws Exception {
        String sql = sql("unit_year_summary");
        assertThat(columns(duckdb, sql)).containsExactly("fiscal_year", "doc_kind", "measure",
                "fujian-fund-centre", "fuzhou-hsa", "quanzhou-hsa", "xiamen-hsa");
        List<List<String>> rows = rows(duckdb, sql);
        assertThat(rows).hasSize(3 * 19); // 2023 final, 2024 final, 2025 budget; 19 measures each
        assertThat(rows.get(0)).containsExactly("2023", "final", "income_total_wan", "2311.44", "3139.49", "NULL",
                "126998.81");
        assertThat(rows).contains(
                List.of("2023", "final", "sangong_total_wan", "0.48", "2.90", "NULL", "10.43"),
                List.of("2024", "final", "gpb_total_wan", "NULL", "NULL", "10132.19", "NULL"),
                List.of("2025", "budget", "income_total_wan", "2649.48", "NULL", "NULL", "NULL"));
        assertThat(rows.get(18).get(2)).isEqualTo("headcount");
    }

    @Test
    void subjectYearOnYearComparesEachSubjectWithLastYear() throws Exception {
        List<List<String>> rows = rows(duckdb, "SELECT unit_code, fiscal_year, subject_code, subject_name_zh,"
                + " amount_wan, prior_wan, change_wan, change_pct, stated_change_pct, prior_source FROM "
                + from("subject_yoy"));
        assertThat(rows).contains(
                // （四)2101501-行政运行1280.06万元，较上年决算数减少225.97万元，下降15.00%
                List.of("fuzhou-hsa", "2023", "2101501", "行政运行", "1280.06", "1506.03", "-225.97", "-15.00",
                        "-15.00", "derived"),
                // the name the cell cuts off ("…基金的补") is the full national name in the dimension
                List.of("xiamen-hsa", "2023", "2101202", "财政对城乡居民基本医疗保险基金的补助", "75427.00",
                        "67930.00", "7497.00", "11.04", "11.04", "derived"),
                // new in 2023: last year 0, so no rate (the document's "增长100%" is undefined)
                List.of("xiamen-hsa", "2023", "2101550", "事业运行", "292.43", "0.00", "292.43", "NULL", "NULL",
                        "derived"),
                // a subject only the narrative lists (死亡抚恤 0.00, 减少18.88万元)
                List.of("quanzhou-hsa", "2024", "2080801", "死亡抚恤支出", "0.00", "18.88", "-18.88", "-100.00",
                        "-100.00", "derived"));
        // the computed rate agrees with the printed one to the rounding of the printed figures
        for (List<String> r : rows) {
            if (!r.get(7).equals("NULL") && !r.get(8).equals("NULL")) {
                assertThat(new BigDecimal(r.get(7)).subtract(new BigDecimal(r.get(8))).abs())
                        .as(r.toString()).isLessThanOrEqualTo(new BigDecimal("0.05"));
            }
        }
        assertThat(rows).allMatch(r -> r.get(1).equals("2023") || r.get(1).equals("2024"));
    }

    @Test
    void failedChecksListExactlyTheChecksThatFailed() throws Exception {
        String sql = sql("failed_checks");
        assertThat(columns(duckdb, sql)).startsWith("unit_code", "unit_name_zh", "fiscal_year", "doc_kind", "scope",
                "check_code", "severity", "subject", "expected_wan", "actual_wan", "difference_wan");
        List<List<String>> failed = rows(duckdb, "SELECT doc_id, check_code, subject FROM " + from("failed_checks")
                + " ORDER BY ALL");
        assertThat(failed).isEqualTo(rows(duckdb,
                "SELECT doc_id, check_code, subject FROM fact_check WHERE status = 'fail' ORDER BY ALL"));
        assertThat(rows(duckdb, "SELECT count(*) FROM fact_check")).isNotEqualTo(List.of(List.of("0")));
    }
}
