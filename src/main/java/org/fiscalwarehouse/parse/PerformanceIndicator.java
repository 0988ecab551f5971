package org.fiscalwarehouse.parse;

import java.math.BigDecimal;

/** One indicator row of a performance self-evaluation, texts as printed. */
public record PerformanceIndicator(String projectNameZh, String level1Zh, String level2Zh, String indicatorZh,
                                   String targetText, String actualText, BigDecimal weight, BigDecimal score,
                                   Provenance provenance) {
}
