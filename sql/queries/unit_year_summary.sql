-- Unit-year summary: how do the units compare side by side, year by year?
-- One row per year, document kind (budget or final) and measure; one column per unit, holding that unit's figure
-- from v_unit_year (万元; headcount in persons). Where a unit published both a department (部门, consolidated) and a
-- unit (本级) account for the same year and kind, the department account is shown. A unit without a document of
-- that year and kind shows NULL. The measures follow v_unit_year's column order.
SELECT * EXCLUDE (ordinal)
FROM (PIVOT (
    SELECT fiscal_year, doc_kind,
           list_position(['income_total_wan', 'expense_total_wan', 'carryover_begin_wan', 'carryover_end_wan',
                          'grand_total_wan', 'gpb_appropriation_wan', 'other_income_wan', 'basic_total_wan',
                          'project_total_wan', 'fiscal_total_wan', 'gpb_total_wan', 'gpb_basic_wan',
                          'gpb_project_wan', 'personnel_total_wan', 'public_total_wan', 'sangong_total_wan',
                          'admin_operating_cost_wan', 'procurement_total_wan', 'headcount'], measure) AS ordinal,
           measure, unit_code, amount
    FROM (
        SELECT unit_code, fiscal_year, doc_kind,
               income_total_wan, expense_total_wan, carryover_begin_wan, carryover_end_wan, grand_total_wan,
               gpb_appropriation_wan, other_income_wan, basic_total_wan, project_total_wan, fiscal_total_wan,
               gpb_total_wan, gpb_basic_wan, gpb_project_wan, personnel_total_wan, public_total_wan,
               sangong_total_wan, admin_operating_cost_wan, procurement_total_wan,
               CAST(headcount AS DECIMAL(18, 2)) AS headcount
        FROM v_unit_year
        QUALIFY row_number() OVER (PARTITION BY unit_code, fiscal_year, doc_kind
                                   ORDER BY CASE scope WHEN 'department' THEN 1 ELSE 2 END, doc_id) = 1
    ) UNPIVOT INCLUDE NULLS (amount FOR measure IN (
        income_total_wan, expense_total_wan, carryover_begin_wan, carryover_end_wan, grand_total_wan,
        gpb_appropriation_wan, other_income_wan, basic_total_wan, project_total_wan, fiscal_total_wan,
        gpb_total_wan, gpb_basic_wan, gpb_project_wan, personnel_total_wan, public_total_wan,
        sangong_total_wan, admin_operating_cost_wan, procurement_total_wan, headcount))
)
ON unit_code
USING first(amount)
GROUP BY fiscal_year, doc_kind, ordinal, measure)
ORDER BY fiscal_year, doc_kind DESC, ordinal;
