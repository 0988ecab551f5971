-- Helpers shared by the analyst views (and usable by analysts).
-- rate_pct(part, whole): part / whole in percent, rounded half away from zero to 2 decimals, as DECIMAL(9,2);
-- NULL when either is NULL or whole is 0. Computed on whole cents with integer arithmetic because DuckDB's
-- DECIMAL division returns DOUBLE, which can round a tie like 67.465 the wrong way.
CREATE OR REPLACE MACRO rate_pct(part, whole) AS
    CASE WHEN part IS NULL OR whole IS NULL OR whole = 0 THEN NULL
         ELSE TRY_CAST(
             CAST(sign(part) * sign(whole)
                  * ((2 * abs(CAST(part * 100 AS HUGEINT)) * 10000 + abs(CAST(whole * 100 AS HUGEINT)))
                     // (2 * abs(CAST(whole * 100 AS HUGEINT)))) AS DECIMAL(18, 0)) * 0.01
             AS DECIMAL(9, 2))
    END;
