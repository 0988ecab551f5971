package org.fiscalwarehouse.parse;

import java.math.BigDecimal;

/**
 * The funding figures a self-evaluation prints per task rather than per funding row: the whole-unit form's 年度工作任务
 * block (年度工作任务调整后预算数 | 年度工作任务实际支出规模 | 执行率 on the first indicator row of each task). The
 * reconcile stage checks the printed rate against executed ÷ budget.
 *
 * @param taskZh        the task as printed, empty when the extraction lost its cell
 * @param statedRatePct the printed 执行率 with the decimals it prints, null where the row prints none
 */
public record PerformanceTaskFunding(String projectNameZh, String taskZh, BigDecimal budgetWan, BigDecimal executedWan,
                                     BigDecimal statedRatePct, Source source, Provenance provenance) {
}
