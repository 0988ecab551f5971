-- v_sangong answers: for each unit, scope, year and 三公 category, what was budgeted, what was spent, and how
-- much of the budget was executed, whichever documents stated it.
-- Precedence per figure (budget and final chosen separately): a repaired table value beats the table (the printed
-- figure a repair replaced is marked superseded_by and skipped), which beats the narrative, which beats a derived
-- value (e.g. last year's figure computed from a stated increase); among figures of the same rank the later
-- document wins (its own fiscal_year, then fetched_at).
-- execution_rate_pct is the rate the chosen final figure's document prints, else final / budget * 100.
-- v_sangong_detail is the same with the printed and the computed rate side by side (v_execution uses it).
CREATE OR REPLACE VIEW v_sangong_detail AS
WITH candidates AS (
    SELECT f.unit_code, COALESCE(d.scope, f.scope) AS scope, f.fiscal_year, f.category, f.phase,
           f.amount_wan, f.source, f.stated_rate_pct, f.doc_id, f.source_page,
           d.fiscal_year AS doc_year, d.fetched_at,
           CASE f.source WHEN 'repaired' THEN 0 WHEN 'table' THEN 1 WHEN 'narrative' THEN 2
                         WHEN 'derived' THEN 3 ELSE 4 END AS source_rank
    FROM fact_sangong f
    JOIN dim_document d ON d.doc_id = f.doc_id
    WHERE d.status IS DISTINCT FROM 'rejected' AND f.superseded_by IS NULL
),
ranked AS (
    SELECT *,
           row_number() OVER (
               PARTITION BY unit_code, scope, fiscal_year, category, phase
               ORDER BY source_rank, doc_year DESC NULLS LAST, fetched_at DESC NULLS LAST, doc_id DESC,
                        source_page NULLS LAST) AS pick,
           -- the rate a document prints may sit on its narrative figure while its table gives the amount
           first_value(stated_rate_pct IGNORE NULLS) OVER (
               PARTITION BY doc_id, unit_code, scope, fiscal_year, category, phase
               ORDER BY source_rank, source_page NULLS LAST
               ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS doc_stated_rate_pct
    FROM candidates
),
chosen AS (
    SELECT * FROM ranked WHERE pick = 1
),
cell AS (
    SELECT DISTINCT unit_code, scope, fiscal_year, category FROM chosen
)
SELECT c.unit_code,
       c.scope,
       c.fiscal_year,
       c.category,
       b.amount_wan                                                   AS budget_wan,
       f.amount_wan                                                   AS final_wan,
       COALESCE(f.doc_stated_rate_pct, rate_pct(f.amount_wan, b.amount_wan)) AS execution_rate_pct,
       f.source                                                       AS final_source,
       b.source                                                       AS budget_source,
       COALESCE(f.doc_id, b.doc_id)                                   AS doc_id,
       f.doc_stated_rate_pct                                          AS stated_rate_pct,
       rate_pct(f.amount_wan, b.amount_wan)                           AS computed_rate_pct,
       b.doc_id                                                       AS budget_doc_id
FROM cell c
LEFT JOIN chosen b ON b.phase = 'budget' AND b.unit_code = c.unit_code AND b.scope IS NOT DISTINCT FROM c.scope
                  AND b.fiscal_year = c.fiscal_year AND b.category = c.category
LEFT JOIN chosen f ON f.phase = 'final' AND f.unit_code = c.unit_code AND f.scope IS NOT DISTINCT FROM c.scope
                  AND f.fiscal_year = c.fiscal_year AND f.category = c.category;

CREATE OR REPLACE VIEW v_sangong AS
SELECT unit_code, scope, fiscal_year, category, budget_wan, final_wan, execution_rate_pct,
       final_source, budget_source, doc_id
FROM v_sangong_detail;
