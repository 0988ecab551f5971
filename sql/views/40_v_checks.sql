-- v_checks answers: which reconciliation checks passed, failed or led to a repair, for which unit, year and
-- document? fact_check with the checked document's unit, year, kind and scope.
CREATE OR REPLACE VIEW v_checks AS
SELECT c.doc_id,
       d.unit_code,
       d.fiscal_year,
       d.doc_kind,
       d.scope,
       c.check_code,
       c.severity,
       c.status,
       c.subject,
       c.expected_wan,
       c.actual_wan,
       c.message
FROM fact_check c
LEFT JOIN dim_document d ON d.doc_id = c.doc_id;
