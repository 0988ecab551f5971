-- Subject year-on-year: how did each unit's general-budget (一般公共预算) spending per 功能分类 subject change on
-- the year before?
-- One row per unit, year and subject of a final account's 一般公共预算财政拨款支出 (T05 column total; a repaired
-- figure beats the table's, which beats the narrative's). Last year's figure is the unit's own T05 figure for that year when the warehouse
-- has it (prior_source 'document'), else this year's figure minus the change the narrative states ("较上年决算数
-- 增加 127.68 万元"; prior_source 'derived'). Subjects with neither have no row. change_pct is NULL when last year
-- was 0; stated_change_pct is the rate the document prints, for comparison.
WITH amount AS (
    SELECT f.unit_code, d.scope, f.fiscal_year, f.subject_code, f.amount_wan,
           row_number() OVER (PARTITION BY f.unit_code, d.scope, f.fiscal_year, f.subject_code
                              ORDER BY CASE f.source WHEN 'repaired' THEN 1 WHEN 'table' THEN 2
                                                     WHEN 'narrative' THEN 3 ELSE 4 END,
                                       d.fetched_at DESC NULLS LAST, f.doc_id) AS pick
    FROM fact_func_amount f
    JOIN dim_document d ON d.doc_id = f.doc_id
    WHERE f.table_code = 'T05' AND f.measure = 'total' AND d.doc_kind = 'final'
      AND d.status IS DISTINCT FROM 'rejected' AND f.superseded_by IS NULL
),
this_year AS (
    SELECT * EXCLUDE (pick) FROM amount WHERE pick = 1
),
stated AS (
    -- change.t05.<code> / change_pct.t05.<code>: the narrative's change on last year for one subject
    SELECT s.unit_code, d.scope, s.fiscal_year,
           regexp_extract(s.metric, '^change(?:_pct)?\.t05\.(\d+)$', 1) AS subject_code,
           max(s.value) FILTER (WHERE s.metric LIKE 'change.t05.%')     AS change_wan,
           max(s.value) FILTER (WHERE s.metric LIKE 'change_pct.t05.%') AS change_pct
    FROM fact_stat s
    JOIN dim_document d ON d.doc_id = s.doc_id AND d.fiscal_year = s.fiscal_year
    WHERE regexp_matches(s.metric, '^change(_pct)?\.t05\.\d+$') AND d.doc_kind = 'final'
      AND d.status IS DISTINCT FROM 'rejected'
    GROUP BY ALL
),
compared AS (
    SELECT t.unit_code, t.scope, t.fiscal_year, t.subject_code, t.amount_wan,
           COALESCE(p.amount_wan, CAST(t.amount_wan - s.change_wan AS DECIMAL(18, 2))) AS prior_wan,
           CASE WHEN p.amount_wan IS NOT NULL THEN 'document'
                WHEN s.change_wan IS NOT NULL THEN 'derived' END               AS prior_source,
           s.change_pct                                                         AS stated_change_pct
    FROM this_year t
    LEFT JOIN this_year p ON p.unit_code = t.unit_code AND p.scope IS NOT DISTINCT FROM t.scope
                         AND p.fiscal_year = t.fiscal_year - 1 AND p.subject_code = t.subject_code
    LEFT JOIN stated s ON s.unit_code = t.unit_code AND s.scope IS NOT DISTINCT FROM t.scope
                      AND s.fiscal_year = t.fiscal_year AND s.subject_code = t.subject_code
)
SELECT c.unit_code,
       c.scope,
       c.fiscal_year,
       c.subject_code,
       fs.name_zh                                             AS subject_name_zh,
       fs.level,
       c.amount_wan,
       c.prior_wan,
       CAST(c.amount_wan - c.prior_wan AS DECIMAL(18, 2))     AS change_wan,
       rate_pct(c.amount_wan - c.prior_wan, c.prior_wan)      AS change_pct,
       c.stated_change_pct,
       c.prior_source
FROM compared c
LEFT JOIN dim_func_subject fs ON fs.code = c.subject_code
WHERE c.prior_wan IS NOT NULL
ORDER BY c.unit_code, c.scope, c.fiscal_year, c.subject_code;
