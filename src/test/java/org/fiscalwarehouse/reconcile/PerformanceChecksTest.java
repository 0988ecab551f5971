package org.fiscalwarehouse.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.document;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.results;

import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceChecksTest {

    @Test
    void theFundingBlockOfXiamensWholeUnitFailsAsPrintedAndHoldsOnceRepaired() {
        List<CheckResult> printed = results(document(2023, MistypedFigureRepairTest.xiamenWholeUnit()),
                new FundingBreakdownCheck(), new PerformanceRateCheck());
        List<CheckResult> repaired = results(document(2023, MistypedFigureRepairTest.xiamenWholeUnit()),
                new MistypedFundingFigureRepair(), new FundingBreakdownCheck(), new PerformanceRateCheck());

        assertThat(printed).filteredOn(c -> c.status() == CheckStatus.FAIL)
                .extracting(CheckResult::checkCode, CheckResult::subject).containsExactlyInAnyOrder(
                        tuple("PERFORMANCE.FUNDING_SUM", "整体 column 年初预算数 (合计)"),
                        tuple("PERFORMANCE.FUNDING_SUM", "整体 column 调整数 (合计)"),
                        tuple("PERFORMANCE.FUNDING_SUM", "整体 column 全年执行数 (合计)"),
                        tuple("PERFORMANCE.FUNDING_ROW", "整体 row 合计 年初 + 调整 = 调整后"),
                        tuple("PERFORMANCE.FUNDING_ROW", "整体 row 发展经费 年初 + 调整 = 调整后"),
                        tuple("PERFORMANCE.RATE", "整体 合计"));
        assertThat(repaired).filteredOn(c -> c.status() == CheckStatus.FAIL).isEmpty();
        assertThat(repaired).filteredOn(c -> c.status() == CheckStatus.REPAIRED).hasSize(3);
    }

    @Test
    void theStatedRateIsTheExecutedShareOfTheFullYearBudget() {
        CheckResult rate = results(document(2023, MistypedFigureRepairTest.xiamenWholeUnit()),
                new PerformanceRateCheck()).get(0);

        assertThat(rate.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(rate.message()).isEqualTo("128685.25 ÷ 127818.89 = 100.68%; printed 99.11%");
    }
}
