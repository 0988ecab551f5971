package org.fiscalwarehouse.parse;

import java.math.BigDecimal;

/** One project's (or the whole unit's, {@code 整体}) self-evaluated budget execution, as printed. */
public record ProjectPerformance(String projectNameZh, BigDecimal budgetInitialWan, BigDecimal budgetFullYearWan,
                                 BigDecimal executedWan, BigDecimal statedRatePct, BigDecimal score, Source source,
                                 Provenance provenance) {
}
