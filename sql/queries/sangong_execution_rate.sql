-- 三公 execution rate: how much of its 三公 budget did each unit spend, per year and category?
-- One row per unit, scope, year and category that has a final (决算) figure and a budget or a printed rate (a
-- prior year known only from a later document's stated change has neither). execution_rate_pct is v_sangong's:
-- the rate the final account prints, else final / budget; stated_rate_pct and computed_rate_pct show both sides
-- (they differ when the document rounds or computes differently). budget_wan is NULL when no document states the
-- budget; a rate printed without its budget is still reported.
SELECT s.unit_code,
       u.name_zh AS unit_name_zh,
       s.scope,
       s.fiscal_year,
       s.category,
       s.budget_wan,
       s.final_wan,
       s.execution_rate_pct,
       s.stated_rate_pct,
       s.computed_rate_pct,
       s.final_source,
       s.budget_source
FROM v_sangong_detail s
LEFT JOIN dim_unit u ON u.unit_code = s.unit_code
WHERE s.final_wan IS NOT NULL AND (s.budget_wan IS NOT NULL OR s.stated_rate_pct IS NOT NULL)
ORDER BY s.unit_code, s.scope, s.fiscal_year,
         CASE s.category WHEN 'total' THEN 1 WHEN 'outbound' THEN 2 WHEN 'vehicle_total' THEN 3
                         WHEN 'vehicle_purchase' THEN 4 WHEN 'vehicle_operation' THEN 5 WHEN 'reception' THEN 6
                         ELSE 7 END;
