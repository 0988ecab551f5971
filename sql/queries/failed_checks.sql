-- Failed checks: which reconciliation checks failed, in which unit's document, and by how much?
-- One row per check with status 'fail' (a check whose figures disagree beyond the tolerance and could not be
-- repaired), errors before warnings. difference_wan = actual − expected. Repaired values are not listed here:
-- see v_checks WHERE status = 'repaired'.
SELECT c.unit_code,
       u.name_zh AS unit_name_zh,
       c.fiscal_year,
       c.doc_kind,
       c.scope,
       c.check_code,
       c.severity,
       c.subject,
       c.expected_wan,
       c.actual_wan,
       CAST(c.actual_wan - c.expected_wan AS DECIMAL(18, 2)) AS difference_wan,
       c.message,
       c.doc_id
FROM v_checks c
LEFT JOIN dim_unit u ON u.unit_code = c.unit_code
WHERE c.status = 'fail'
ORDER BY CASE c.severity WHEN 'error' THEN 1 WHEN 'warning' THEN 2 ELSE 3 END,
         c.unit_code, c.fiscal_year, c.check_code, c.subject;
