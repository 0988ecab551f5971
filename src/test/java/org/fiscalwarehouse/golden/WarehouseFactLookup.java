package org.fiscalwarehouse.golden;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fiscalwarehouse.parse.UnitCatalogue;

/**
 * Finds the values the published warehouse holds for a golden fact, through the analyst-facing views and tables
 * (what an analyst would query), so a fact counts only when the warehouse really serves that value: a printed figure
 * that a repair replaced (superseded_by set) does not count.
 */
public class WarehouseFactLookup {

    private static final Map<String, String> UNIT_YEAR_COLUMNS = Map.ofEntries(
            Map.entry("t01.income_total", "income_total_wan"),
            Map.entry("t01.expense_total", "expense_total_wan"),
            Map.entry("t01.carryover_begin", "carryover_begin_wan"),
            Map.entry("t01.carryover_end", "carryover_end_wan"),
            Map.entry("t01.grand_total", "grand_total_wan"),
            Map.entry("t01.gpb_appropriation", "gpb_appropriation_wan"),
            Map.entry("t01.other_income", "other_income_wan"),
            Map.entry("t03.basic_total", "basic_total_wan"),
            Map.entry("t03.project_total", "project_total_wan"),
            Map.entry("t04.fiscal_total", "fiscal_total_wan"),
            Map.entry("t05.gpb_total", "gpb_total_wan"),
            Map.entry("t05.gpb_basic", "gpb_basic_wan"),
            Map.entry("t05.gpb_project", "gpb_project_wan"),
            Map.entry("t06.personnel_total", "personnel_total_wan"),
            Map.entry("t06.public_total", "public_total_wan"),
            Map.entry("budget.income_total", "income_total_wan"),
            Map.entry("budget.gpb_appropriation", "gpb_appropriation_wan"),
            Map.entry("budget.carryover", "carryover_begin_wan"),
            Map.entry("budget.basic_total", "basic_total_wan"),
            Map.entry("budget.project_total", "project_total_wan"),
            Map.entry("budget.gpb_basic", "gpb_basic_wan"),
            Map.entry("budget.personnel", "personnel_total_wan"),
            Map.entry("budget.public", "public_total_wan"));

    private static final Map<String, String> PROJECT_COLUMNS = Map.of(
            "project.budget_full_year", "budget_full_year_wan",
            "project.budget_total", "budget_full_year_wan",
            "project.executed", "executed_wan",
            "project.execution_rate", "stated_rate_pct",
            "project.score", "score");

    private static final Map<String, String> SANGONG_COLUMNS = Map.of(
            "sangong.actual", "final_wan",
            "sangong.budget", "budget_wan",
            "sangong.execution_rate", "execution_rate_pct");

    private final Connection duckdb;
    private final UnitCatalogue units;

    public WarehouseFactLookup(Connection duckdb, UnitCatalogue units) {
        this.duckdb = duckdb;
        this.units = units;
    }

    /** Every value the warehouse holds for the fact's metric, unit, year and kind (empty when none). */
    public List<BigDecimal> valuesFor(GoldenFact f) throws SQLException {
        String unit = units.find(f.unitNameZh()).orElseThrow().code();
        String m = f.metric();
        if (UNIT_YEAR_COLUMNS.containsKey(m)) {
            return values("SELECT " + UNIT_YEAR_COLUMNS.get(m) + " FROM v_unit_year"
                    + " WHERE unit_code = ? AND fiscal_year = ? AND doc_kind = ?", unit, f.fiscalYear(), f.docKind());
        }
        if (SANGONG_COLUMNS.containsKey(m)) {
            return values("SELECT " + SANGONG_COLUMNS.get(m) + " FROM v_sangong"
                    + " WHERE unit_code = ? AND fiscal_year = ? AND category = ?", unit, f.fiscalYear(), f.item());
        }
        if (m.equals("sangong.prior_year_actual")) {
            return values("SELECT final_wan FROM v_sangong WHERE unit_code = ? AND fiscal_year = ? AND category = ?",
                    unit, f.fiscalYear() - 1, f.item());
        }
        if (m.equals("t05.subject") || m.equals("budget.subject")) {
            return values("SELECT amount_wan FROM fact_func_amount WHERE unit_code = ? AND fiscal_year = ?"
                            + " AND doc_kind = ? AND table_code = ? AND subject_code = ? AND measure = 'total'"
                            + " AND superseded_by IS NULL",
                    unit, f.fiscalYear(), f.docKind(), m.startsWith("t05") ? "T05" : "B05", f.item());
        }
        if (PROJECT_COLUMNS.containsKey(m)) {
            return values("SELECT " + PROJECT_COLUMNS.get(m) + " FROM fact_project_performance"
                    + " WHERE unit_code = ? AND fiscal_year = ? AND project_name_zh = ? AND superseded_by IS NULL",
                    unit, f.fiscalYear(),
                    f.item());
        }
        if (m.equals("headcount") && f.item().isEmpty()) {
            return values("SELECT headcount FROM v_unit_year WHERE unit_code = ? AND fiscal_year = ? AND doc_kind = ?",
                    unit, f.fiscalYear(), f.docKind());
        }
        return values("SELECT value FROM fact_stat s JOIN dim_document d USING (doc_id)"
                        + " WHERE s.unit_code = ? AND s.fiscal_year = ? AND d.doc_kind = ? AND s.metric = ?"
                        + " AND coalesce(s.item, '') = ? AND s.superseded_by IS NULL",
                unit, f.fiscalYear(), f.docKind(), m, f.item());
    }

    public boolean holds(GoldenFact f) throws SQLException {
        return valuesFor(f).stream().anyMatch(v -> v != null && v.compareTo(f.value()) == 0);
    }

    private List<BigDecimal> values(String sql, Object... params) throws SQLException {
        List<BigDecimal> out = new ArrayList<>();
        try (PreparedStatement ps = duckdb.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getBigDecimal(1));
                }
            }
        }
        return out;
    }
}
