-- v_execution answers: how much of each budget line was actually spent? One row per executed line of a final
-- account: the 三公 categories (from v_sangong's chosen figures), each self-evaluated project, and the unit's
-- whole-budget self-evaluation (整体). execution_rate_pct is computed (executed / full-year budget * 100,
-- NULL when the budget is 0 or missing); stated_rate_pct is what the document prints.
-- scope is an addition to the contract's columns: a unit may publish both 本级 and 部门 accounts for a year.
CREATE OR REPLACE VIEW v_execution AS
WITH project AS (
    SELECT p.*, d.scope,
           row_number() OVER (
               PARTITION BY p.doc_id, p.project_name_zh
               ORDER BY CASE p.source WHEN 'repaired' THEN 1 WHEN 'table' THEN 2
                                      WHEN 'narrative' THEN 3 WHEN 'derived' THEN 4 ELSE 5 END,
                        p.source_page NULLS LAST) AS pick
    FROM fact_project_performance p
    JOIN dim_document d ON d.doc_id = p.doc_id
    -- a budget document's project targets have no execution to report
    -- a printed figure a repair replaced is skipped: the repaired row stands for it
    WHERE d.doc_kind = 'final' AND d.status IS DISTINCT FROM 'rejected' AND p.superseded_by IS NULL
)
SELECT unit_code, fiscal_year, 'sangong' AS kind, category AS item, budget_wan, final_wan AS executed_wan,
       computed_rate_pct AS execution_rate_pct, stated_rate_pct, doc_id, scope
FROM v_sangong_detail
WHERE final_wan IS NOT NULL
UNION ALL
SELECT unit_code, fiscal_year, CASE WHEN project_name_zh = '整体' THEN 'whole' ELSE 'project' END AS kind,
       project_name_zh AS item, budget_full_year_wan AS budget_wan, executed_wan,
       rate_pct(executed_wan, budget_full_year_wan) AS execution_rate_pct, stated_rate_pct, doc_id, scope
FROM project
WHERE pick = 1;
