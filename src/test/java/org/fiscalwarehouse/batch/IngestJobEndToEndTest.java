package org.fiscalwarehouse.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.fiscalwarehouse.WarehouseDb;
import org.fiscalwarehouse.cli.FiscalWarehouseCli;
import org.fiscalwarehouse.golden.GoldenFact;
import org.fiscalwarehouse.golden.GoldenFacts;
import org.fiscalwarehouse.golden.WarehouseFactLookup;
import org.fiscalwarehouse.parse.UnitCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code ingest} on the bundled sample, as the README does, and checks the warehouse against the answer key. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestJobEndToEndTest {

    @TempDir
    static Path temp;

    Path warehouse;
    String firstRunOutput;
    UnitCatalogue units;

    @BeforeAll
    void ingestBundledSample() throws Exception {
        warehouse = temp.resolve("warehouse");
        firstRunOutput = ingest("ingest", "--warehouse=" + warehouse);
        units = UnitCatalogue.load(Path.of("jobs/units.yml"));
    }

    String ingest(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new FiscalWarehouseCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as("exit code; output:%n%s%nerrors:%n%s", printed, err.toString(StandardCharsets.UTF_8))
                .isZero();
        return printed;
    }

    Connection duckdb() throws Exception {
        return WarehouseDb.readOnly(warehouse);
    }

    List<String> rows(String sql) throws Exception {
        try (Connection c = duckdb()) {
            return WarehouseDb.lines(c, sql);
        }
    }

    @Test
    void recognisesEachSampleDocumentFromItsContent() throws Exception {
        assertThat(rows("SELECT unit_code, fiscal_year, doc_kind, scope FROM v_unit_year ORDER BY 1, 2"))
                .containsExactly(
                        "fujian-fund-centre|2023|final|unit",
                        "fujian-fund-centre|2025|budget|unit",
                        "fuzhou-hsa|2023|final|unit",
                        "quanzhou-hsa|2024|final|department",
                        "xiamen-hsa|2023|final|department");
        assertThat(rows("SELECT count(*) FROM dim_document WHERE status <> 'rejected'")).containsExactly("5");
    }

    @Test
    void holdsTheGoldenTable01TotalsAndSangongFinals() throws Exception {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Connection c = duckdb()) {
            WarehouseFactLookup lookup = new WarehouseFactLookup(c, units);
            for (GoldenFact f : GoldenFacts.load()) {
                if (f.metric().startsWith("t01.") || f.metric().equals("sangong.actual")) {
                    checked++;
                    if (!lookup.holds(f)) {
                        missing.add(f.label() + " but the warehouse holds " + lookup.valuesFor(f));
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(48);
        assertThat(missing).as("golden facts missing from the warehouse").isEmpty();
    }

    @Test
    void printsEachDocumentWithItsChecks() {
        assertThat(firstRunOutput).contains("COMPLETED").contains("fuzhou-hsa").contains("xiamen-hsa")
                .contains("quanzhou-hsa").contains("fujian-fund-centre");
    }

    @Test
    void printsPerDocumentTheChecksRunPassedRepairedAndFailedAsVChecksHoldsThem() throws Exception {
        List<String> perDocument = rows("SELECT unit_code, count(*), count(*) FILTER (WHERE status = 'pass'),"
                + " count(*) FILTER (WHERE status = 'repaired'), count(*) FILTER (WHERE status = 'fail')"
                + " FROM v_checks GROUP BY unit_code, doc_id ORDER BY unit_code");
        assertThat(perDocument).hasSize(5);
        for (String row : perDocument) {
            String[] c = row.split("\\|");
            assertThat(firstRunOutput).as("the run report's line for " + c[0])
                    .containsPattern(c[0] + ".*\\s" + c[1] + "\\s+" + c[2] + "\\s+" + c[3] + "\\s+" + c[4] + "\\s*\\R");
        }
        // Xiamen's misprints are repaired, each naming what was printed
        assertThat(rows("SELECT check_code, subject FROM v_checks WHERE unit_code = 'xiamen-hsa'"
                + " AND status = 'repaired' AND check_code IN ('SUBJECT.ROW_PERMUTED', 'PERFORMANCE.FIGURE_MISTYPED')"
                + " ORDER BY check_code, subject")).containsExactly(
                "PERFORMANCE.FIGURE_MISTYPED|整体 发展经费 调整数", "PERFORMANCE.FIGURE_MISTYPED|整体 合计 全年执行数",
                "PERFORMANCE.FIGURE_MISTYPED|整体 合计 年初预算数", "SUBJECT.ROW_PERMUTED|T05 2101199");
        assertThat(rows("SELECT amount_wan FROM v_func_amount WHERE unit_code = 'xiamen-hsa' AND table_code = 'T05'"
                + " AND subject_code = '2101199' AND measure = 'total'")).containsExactly("12274.14");
    }

    @Test
    void aSecondRunLeavesTheSameContent() throws Exception {
        String counts = "SELECT (SELECT count(*) FROM fact_stat) || '/' || (SELECT count(*) FROM fact_sangong)"
                + " || '/' || (SELECT count(*) FROM dim_document) || '/' || (SELECT count(*) FROM fact_check)";
        List<String> before = rows(counts);
        ingest("ingest", "--warehouse=" + warehouse);
        assertThat(rows(counts)).isEqualTo(before);
    }
}
