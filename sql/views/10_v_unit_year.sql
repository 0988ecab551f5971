-- v_unit_year answers: for each published document (unit, scope, year, budget or final), what were the unit's
-- income, spending, carry-over, basic/project split, general-budget (一般公共预算) spending, 三公 total,
-- 机关运行经费, government procurement and headcount?
-- One row per document not rejected. A budget document's income, carry-over and expense columns hold the
-- budgeted figures. When a document states one metric several times, a repaired value beats the table (the printed
-- figure it replaced is marked superseded_by and skipped), which beats the narrative, which beats a derived value.
-- Only the document's own-year figures count here.
CREATE OR REPLACE VIEW v_unit_year AS
WITH stat_ranked AS (
    SELECT s.doc_id, s.metric, COALESCE(s.item, '') AS item, s.value,
           row_number() OVER (
               PARTITION BY s.doc_id, s.metric, COALESCE(s.item, '')
               ORDER BY CASE s.source WHEN 'repaired' THEN 1 WHEN 'table' THEN 2
                                      WHEN 'narrative' THEN 3 WHEN 'derived' THEN 4 ELSE 5 END,
                        s.source_page NULLS LAST) AS pick
    FROM fact_stat s
    JOIN dim_document d ON d.doc_id = s.doc_id AND d.fiscal_year = s.fiscal_year
    WHERE s.superseded_by IS NULL
),
stat_doc AS (
    -- a whole-document row (item NULL or '') if there is one, else the sum of the item rows (e.g. sub-units)
    SELECT doc_id, metric,
           CASE WHEN bool_or(item = '') THEN max(value) FILTER (WHERE item = '') ELSE sum(value) END AS value
    FROM stat_ranked
    WHERE pick = 1
    GROUP BY doc_id, metric
),
stat_wide AS (
    SELECT doc_id,
           max(value) FILTER (WHERE metric = 't01.income_total')      AS t01_income_total,
           max(value) FILTER (WHERE metric = 't01.expense_total')     AS t01_expense_total,
           max(value) FILTER (WHERE metric = 't01.carryover_begin')   AS t01_carryover_begin,
           max(value) FILTER (WHERE metric = 't01.carryover_end')     AS t01_carryover_end,
           max(value) FILTER (WHERE metric = 't01.grand_total')       AS t01_grand_total,
           max(value) FILTER (WHERE metric = 't01.gpb_appropriation') AS t01_gpb_appropriation,
           max(value) FILTER (WHERE metric = 't01.other_income')      AS t01_other_income,
           max(value) FILTER (WHERE metric = 't03.basic_total')       AS t03_basic_total,
           max(value) FILTER (WHERE metric = 't03.project_total')     AS t03_project_total,
           max(value) FILTER (WHERE metric = 't04.fiscal_total')      AS t04_fiscal_total,
           max(value) FILTER (WHERE metric = 't05.gpb_total')         AS t05_gpb_total,
           max(value) FILTER (WHERE metric = 't05.gpb_basic')         AS t05_gpb_basic,
           max(value) FILTER (WHERE metric = 't05.gpb_project')       AS t05_gpb_project,
           max(value) FILTER (WHERE metric = 't06.personnel_total')   AS t06_personnel_total,
           max(value) FILTER (WHERE metric = 't06.public_total')      AS t06_public_total,
           max(value) FILTER (WHERE metric = 'admin_operating_cost')  AS admin_operating_cost,
           max(value) FILTER (WHERE metric = 'procurement.total')     AS procurement_total,
           max(value) FILTER (WHERE metric = 'headcount')             AS headcount,
           max(value) FILTER (WHERE metric = 'budget.income_total')      AS b_income_total,
           max(value) FILTER (WHERE metric = 'budget.gpb_appropriation') AS b_gpb_appropriation,
           max(value) FILTER (WHERE metric = 'budget.carryover')         AS b_carryover,
           max(value) FILTER (WHERE metric = 'budget.fiscal_total')      AS b_fiscal_total,
           max(value) FILTER (WHERE metric = 'budget.expense_total')     AS b_expense_total,
           max(value) FILTER (WHERE metric = 'budget.basic_total')       AS b_basic_total,
           max(value) FILTER (WHERE metric = 'budget.project_total')     AS b_project_total,
           max(value) FILTER (WHERE metric = 'budget.gpb_total')         AS b_gpb_total,
           max(value) FILTER (WHERE metric = 'budget.gpb_basic')         AS b_gpb_basic,
           max(value) FILTER (WHERE metric = 'budget.gpb_project')       AS b_gpb_project,
           max(value) FILTER (WHERE metric = 'budget.personnel')         AS b_personnel,
           max(value) FILTER (WHERE metric = 'budget.public')            AS b_public
    FROM stat_doc
    GROUP BY doc_id
),
sangong_total AS (
    -- the document's own-year 三公 total for its own phase (a final's 决算, a budget's 预算)
    SELECT f.doc_id, f.amount_wan,
           row_number() OVER (
               PARTITION BY f.doc_id
               ORDER BY CASE f.source WHEN 'repaired' THEN 1 WHEN 'table' THEN 2
                                      WHEN 'narrative' THEN 3 WHEN 'derived' THEN 4 ELSE 5 END,
                        f.source_page NULLS LAST) AS pick
    FROM fact_sangong f
    JOIN dim_document d ON d.doc_id = f.doc_id AND d.fiscal_year = f.fiscal_year AND d.doc_kind = f.phase
    WHERE f.category = 'total' AND f.superseded_by IS NULL
)
SELECT d.unit_code,
       u.name_zh AS unit_name_zh,
       d.scope,
       d.fiscal_year,
       d.doc_kind,
       d.doc_id,
       CASE WHEN d.doc_kind = 'budget' THEN w.b_income_total ELSE w.t01_income_total END           AS income_total_wan,
       CASE WHEN d.doc_kind = 'budget' THEN COALESCE(w.b_expense_total, w.b_basic_total + w.b_project_total)
            ELSE w.t01_expense_total END                                                            AS expense_total_wan,
       CASE WHEN d.doc_kind = 'budget' THEN w.b_carryover ELSE w.t01_carryover_begin END           AS carryover_begin_wan,
       w.t01_carryover_end                                                                          AS carryover_end_wan,
       w.t01_grand_total                                                                            AS grand_total_wan,
       CASE WHEN d.doc_kind = 'budget' THEN w.b_gpb_appropriation ELSE w.t01_gpb_appropriation END AS gpb_appropriation_wan,
       w.t01_other_income                                                                           AS other_income_wan,
       CASE WHEN d.doc_kind = 'budget' THEN w.b_basic_total ELSE w.t03_basic_total END             AS basic_total_wan,
       CASE WHEN d.doc_kind = 'budget' THEN w.b_project_total ELSE w.t03_project_total END         AS project_total_wan,
       CASE WHEN d.doc_kind = 'budget' THEN w.b_fiscal_total ELSE w.t04_fiscal_total END           AS fiscal_total_wan,
       CASE WHEN d.doc_kind = 'budget' THEN w.b_gpb_total ELSE w.t05_gpb_total END                 AS gpb_total_wan,
       CASE WHEN d.doc_kind = 'budget' THEN w.b_gpb_basic ELSE w.t05_gpb_basic END                 AS gpb_basic_wan,
       CASE WHEN d.doc_kind = 'budget' THEN w.b_gpb_project ELSE w.t05_gpb_project END             AS gpb_project_wan,
       CASE WHEN d.doc_kind = 'budget' THEN w.b_personnel ELSE w.t06_personnel_total END           AS personnel_total_wan,
       CASE WHEN d.doc_kind = 'budget' THEN w.b_public ELSE w.t06_public_total END                 AS public_total_wan,
       sg.amount_wan                                                                                AS sangong_total_wan,
       w.admin_operating_cost                                                                       AS admin_operating_cost_wan,
       w.procurement_total                                                                          AS procurement_total_wan,
       CAST(w.headcount AS INTEGER)                                                                 AS headcount
FROM dim_document d
LEFT JOIN dim_unit u ON u.unit_code = d.unit_code
LEFT JOIN stat_wide w ON w.doc_id = d.doc_id
LEFT JOIN sangong_total sg ON sg.doc_id = d.doc_id AND sg.pick = 1
WHERE d.status IS DISTINCT FROM 'rejected';
