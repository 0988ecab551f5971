package org.fiscalwarehouse.parse;

import java.math.BigDecimal;

/**
 * One indicator row of a performance self-evaluation, texts as printed.
 *
 * @param completionText the row's 完成比例 as printed ("68.03%"), null where the table has no such column
 */
public record PerformanceIndicator(String projectNameZh, String level1Zh, String level2Zh, String indicatorZh,
                                   String targetText, String actualText, BigDecimal weight, BigDecimal score,
                                   Provenance provenance, String completionText) {
}
