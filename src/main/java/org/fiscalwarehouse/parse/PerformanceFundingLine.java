package org.fiscalwarehouse.parse;

import java.math.BigDecimal;

/**
 * One row of a self-evaluation's funding block, as printed: the first row (年度资金总额 / 合计, {@code total}) and the
 * breakdown rows under it (其中：当年财政拨款, 上年结转资金, 其他资金; a whole unit's 人员支出, 公用支出 …; subtotals
 * such as 财政资金小计). The reconcile stage checks them against each other (the breakdown adds up to the total,
 * 年初 + 调整 = 调整后, the stated rate) and repairs a figure they prove mistyped.
 *
 * @param lineZh      the row's label as printed, empty when the extraction lost it
 * @param adjustedWan 已调整数 / 年中调整金额, only on forms that print it
 * @param score       the row's 得分 (the first row's is the funding block's share of the 总分), where printed
 */
public record PerformanceFundingLine(String projectNameZh, String lineZh, boolean total, BigDecimal budgetInitialWan,
                                     BigDecimal adjustedWan, BigDecimal budgetFullYearWan, BigDecimal executedWan,
                                     BigDecimal statedRatePct, BigDecimal score, Source source,
                                     Provenance provenance) {

    /** Whether the row is a subtotal of the rows under it (财政资金小计), not a part of the total by itself. */
    public boolean subtotal() {
        return lineZh != null && lineZh.replaceAll("[\\s\u3000]", "").endsWith("小计");
    }
}
