-- 三公 trend: how did each unit's 三公 spending (决算, general public budget) move from year to year, and by how
-- much did it change on the year before?
-- One row per unit, scope and year: the total and its parts (v_sangong's chosen final figures). A year no document
-- of its own states is derived from a later document's stated change on last year ("较上年增加 1.35 万元": last
-- year = this year − change); such rows have derived = true. Where the warehouse already holds a derived figure
-- (fact_sangong source 'derived') it is used and marked the same way. change_pct is NULL when last year was 0
-- (growth from nothing has no rate).
WITH stated AS (
    SELECT unit_code, scope, fiscal_year, category, final_wan, final_source
    FROM v_sangong
    WHERE final_wan IS NOT NULL
),
stated_change AS (
    -- the change on last year a final account states for a category, read from its narrative
    SELECT s.unit_code, d.scope, s.fiscal_year, replace(s.metric, 'change.sangong.', '') AS category,
           s.value AS change_wan,
           row_number() OVER (PARTITION BY s.unit_code, d.scope, s.fiscal_year, s.metric
                              ORDER BY d.fetched_at DESC NULLS LAST, s.doc_id) AS pick
    FROM fact_stat s
    JOIN dim_document d ON d.doc_id = s.doc_id AND d.fiscal_year = s.fiscal_year
    WHERE s.metric LIKE 'change.sangong.%' AND d.doc_kind = 'final' AND d.status IS DISTINCT FROM 'rejected'
),
derived AS (
    SELECT st.unit_code, st.scope, st.fiscal_year - 1 AS fiscal_year, st.category,
           CAST(st.final_wan - c.change_wan AS DECIMAL(18, 2)) AS final_wan, 'derived' AS final_source
    FROM stated st
    JOIN stated_change c ON c.pick = 1 AND c.unit_code = st.unit_code AND c.scope IS NOT DISTINCT FROM st.scope
                        AND c.fiscal_year = st.fiscal_year AND c.category = st.category
    WHERE NOT EXISTS (SELECT 1 FROM stated p
                      WHERE p.unit_code = st.unit_code AND p.scope IS NOT DISTINCT FROM st.scope
                        AND p.fiscal_year = st.fiscal_year - 1 AND p.category = st.category)
),
figure AS (
    SELECT * FROM stated
    UNION ALL
    SELECT * FROM derived
),
unit_year AS (
    SELECT unit_code, scope, fiscal_year,
           max(final_wan) FILTER (WHERE category = 'total')         AS total_wan,
           max(final_wan) FILTER (WHERE category = 'outbound')      AS outbound_wan,
           max(final_wan) FILTER (WHERE category = 'vehicle_total') AS vehicle_total_wan,
           max(final_wan) FILTER (WHERE category = 'reception')     AS reception_wan,
           max(final_source) FILTER (WHERE category = 'total')      AS total_source
    FROM figure
    GROUP BY unit_code, scope, fiscal_year
)
SELECT y.unit_code,
       u.name_zh                                                      AS unit_name_zh,
       y.scope,
       y.fiscal_year,
       y.total_wan,
       CAST(y.total_wan - p.total_wan AS DECIMAL(18, 2))              AS change_wan,
       rate_pct(y.total_wan - p.total_wan, p.total_wan)               AS change_pct,
       y.outbound_wan,
       y.vehicle_total_wan,
       y.reception_wan,
       y.total_source = 'derived'                                     AS derived,
       y.total_source                                                 AS source
FROM unit_year y
LEFT JOIN unit_year p ON p.unit_code = y.unit_code AND p.scope IS NOT DISTINCT FROM y.scope
                     AND p.fiscal_year = y.fiscal_year - 1
LEFT JOIN dim_unit u ON u.unit_code = y.unit_code
ORDER BY y.unit_code, y.scope, y.fiscal_year;
