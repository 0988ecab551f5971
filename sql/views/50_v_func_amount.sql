-- v_func_amount answers: what did each document state for each 功能分类 subject, table and column, using the figure
-- the reconcile stage settled on? One row per (doc_id, table_code, subject_code, measure): a printed figure that a
-- repair replaced (superseded_by set) is skipped, so the repaired one stands in for it; otherwise a repaired value
-- beats the table, which beats the narrative, which beats a derived value (e.g. a lost cell computed from its row).
-- Only the document's own year (a derived prior-year subject figure is in fact_stat as t05.subject).
CREATE OR REPLACE VIEW v_func_amount AS
WITH ranked AS (
    SELECT f.*,
           row_number() OVER (
               PARTITION BY f.doc_id, f.table_code, f.subject_code, f.measure
               ORDER BY CASE f.source WHEN 'repaired' THEN 1 WHEN 'table' THEN 2
                                      WHEN 'narrative' THEN 3 WHEN 'derived' THEN 4 ELSE 5 END,
                        f.source_page NULLS LAST) AS pick
    FROM fact_func_amount f
    JOIN dim_document d ON d.doc_id = f.doc_id
    WHERE f.superseded_by IS NULL AND d.status IS DISTINCT FROM 'rejected'
)
SELECT r.doc_id, r.unit_code, r.fiscal_year, r.doc_kind, r.table_code, r.subject_code, s.name_zh AS subject_name_zh,
       s.level, r.measure, r.amount_wan, r.source
FROM ranked r
LEFT JOIN dim_func_subject s ON s.code = r.subject_code
WHERE r.pick = 1;
