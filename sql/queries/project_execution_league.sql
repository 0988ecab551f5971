-- Project execution league: which projects used the smallest share of their full-year budget?
-- One row per self-evaluated project of a final account (v_execution kind 'project'), lowest execution rate
-- first, so the projects that left most of their money unspent lead. rank is the place in the league (ties
-- share a place); a project without a rate (its budget was 0 or not stated) comes last, unranked.
-- execution_rate_pct = executed / full-year budget; stated_rate_pct is what the self-evaluation prints.
SELECT CASE WHEN e.execution_rate_pct IS NOT NULL
            THEN rank() OVER (ORDER BY e.execution_rate_pct NULLS LAST) END AS rank,
       e.unit_code,
       u.name_zh AS unit_name_zh,
       e.fiscal_year,
       e.item AS project_name_zh,
       e.budget_wan,
       e.executed_wan,
       CAST(e.budget_wan - e.executed_wan AS DECIMAL(18, 2)) AS unspent_wan,
       e.execution_rate_pct,
       e.stated_rate_pct
FROM v_execution e
LEFT JOIN dim_unit u ON u.unit_code = e.unit_code
WHERE e.kind = 'project'
ORDER BY e.execution_rate_pct NULLS LAST, e.unit_code, e.fiscal_year, e.item;
