package org.fiscalwarehouse.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("fiscal.duckdb"), readOnly);
    }

    List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = duckdb(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(b.toString());
            }
        }
        return rows;
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
    void aSecondRunLeavesTheSameContent() throws Exception {
        String counts = "SELECT (SELECT count(*) FROM fact_stat) || '/' || (SELECT count(*) FROM fact_sangong)"
                + " || '/' || (SELECT count(*) FROM dim_document) || '/' || (SELECT count(*) FROM fact_check)";
        List<String> before = rows(counts);
        ingest("ingest", "--warehouse=" + warehouse);
        assertThat(rows(counts)).isEqualTo(before);
    }
}
