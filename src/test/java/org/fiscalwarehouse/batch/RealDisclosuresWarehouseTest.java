package org.fiscalwarehouse.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.fiscalwarehouse.WarehouseDb;
import org.fiscalwarehouse.cli.FiscalWarehouseCli;
import org.fiscalwarehouse.parse.RealDisclosures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --from=} the real Shanghai disclosures (kept outside the repository): both documents load and the
 * analysts' views show their figures in 万元, rounded to 0.01 万元 as the warehouse stores money.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealDisclosuresWarehouseTest {

    @TempDir
    static Path temp;

    private Path warehouse;

    @BeforeAll
    void ingestTheRealFolder() {
        Assumptions.assumeTrue(RealDisclosures.present(), RealDisclosures.absentReason());
        warehouse = temp.resolve("warehouse");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new FiscalWarehouseCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"ingest", "--from=" + RealDisclosures.folder().toAbsolutePath(),
                    "--warehouse=" + warehouse});
        assertThat(code).as("exit code; output:%n%s%nerrors:%n%s", out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void loadsBothDocumentsWithTheirIdentity() throws Exception {
        assertThat(rows("SELECT u.name_zh, d.fiscal_year, d.doc_kind, d.scope, d.status FROM dim_document d "
                + "JOIN dim_unit u USING (unit_code) ORDER BY d.fiscal_year"))
                .containsExactly("上海市普陀区财政局|2024|final|department|loaded",
                        "上海市普陀区人民政府办公室|2025|budget|department|loaded");
    }

    @Test
    void showsTheBudgetsYuanTotalsInWanRoundedToTheCent() throws Exception {
        assertThat(rows("SELECT income_total_wan, expense_total_wan, gpb_appropriation_wan, fiscal_total_wan, "
                + "basic_total_wan, project_total_wan, sangong_total_wan, admin_operating_cost_wan "
                + "FROM v_unit_year WHERE doc_kind = 'budget'"))
                .containsExactly("9101.68|9101.68|9101.68|9101.68|2460.68|6641.00|867.50|213.28");
    }

    @Test
    void showsTheFinalAccountsTable01SangongTotalAndNarrativeFigures() throws Exception {
        assertThat(rows("SELECT income_total_wan, expense_total_wan, carryover_begin_wan, carryover_end_wan, "
                + "grand_total_wan, gpb_appropriation_wan, other_income_wan, sangong_total_wan, "
                + "admin_operating_cost_wan, procurement_total_wan FROM v_unit_year WHERE doc_kind = 'final'"))
                .containsExactly("2946.25|2940.05|49.14|55.34|2995.39|2940.05|6.20|0.00|184.65|251.25");
    }

    @Test
    void showsBothYearsSangongByCategory() throws Exception {
        assertThat(rows("SELECT fiscal_year, category, budget_wan, final_wan FROM v_sangong "
                + "WHERE category IN ('total', 'outbound', 'reception') ORDER BY fiscal_year, category"))
                .containsExactly("2024|outbound|0.00|0.00", "2024|reception|0.95|0.00", "2024|total|0.95|0.00",
                        "2025|outbound|839.00|NULL", "2025|reception|28.50|NULL", "2025|total|867.50|NULL");
    }

    private List<String> rows(String sql) throws Exception {
        try (Connection c = WarehouseDb.readOnly(warehouse)) {
            return WarehouseDb.lines(c, sql);
        }
    }
}
