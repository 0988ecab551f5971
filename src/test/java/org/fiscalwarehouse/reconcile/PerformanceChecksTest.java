package org.fiscalwarehouse.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.document;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.results;

import java.math.BigDecimal;
import java.util.List;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.PerformanceIndicator;
import org.fiscalwarehouse.parse.Provenance;
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

    @Test
    void aCompletionRatioThatDoesNotFollowFromTargetAndActualIsReportedWithTheTargetItImplies() {
        CheckResult ratio = results(document(2023, indicators(indicator("救助人数", "≥200人", "150人", "60.00%"))),
                new PerformanceIndicatorRatioCheck()).get(0);

        assertThat(ratio.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(ratio.severity()).isEqualTo(CheckResult.WARNING);
        assertThat(ratio.subject()).isEqualTo("某项目 救助人数");
        assertThat(ratio.message()).isEqualTo("实际完成值 150人 ÷ 年度指标值 ≥200人 = 75.00% but 完成比例 is printed 60.00%,"
                + " which implies a 年度指标值 of 250人");
    }

    @Test
    void aCompletionRatioPassesAtItsPrintedPrecisionAndUnderTheCommonConventions() {
        List<CheckResult> checks = results(document(2023, indicators(
                        indicator("门诊人次", "≥55万人次", "82.81万人次", "150.56%"),
                        indicator("响应时间", "≤24小时", "20小时", "120.00%"),
                        indicator("到位率", "≥95%", "98%", "100%"),
                        indicator("满意度", "≥90%", "95%", "105.55%"))),
                new PerformanceIndicatorRatioCheck());

        assertThat(checks).extracting(CheckResult::subject, CheckResult::status).containsExactly(
                tuple("某项目 门诊人次", CheckStatus.PASS),
                tuple("某项目 响应时间", CheckStatus.PASS), // a ceiling: target ÷ actual
                tuple("某项目 到位率", CheckStatus.PASS), // a met target capped at 100%
                tuple("某项目 满意度", CheckStatus.PASS)); // 105.555… truncated: one unit of the last place apart
    }

    @Test
    void noRatioIsCheckedWithoutAPrintedRatioOrFiguresOfOneUnit() {
        List<CheckResult> checks = results(document(2023, indicators(
                        indicator("覆盖范围", "稳步拓展", "稳步拓展", "100%"),
                        indicator("补助标准", "≥770元", "7.7万元", "100.00%"),
                        indicator("参保率", "≥95%", "97%", null))),
                new PerformanceIndicatorRatioCheck());

        assertThat(checks).isEmpty();
    }

    private static ParsedFacts indicators(PerformanceIndicator... rows) {
        ParsedFacts facts = ParsedFacts.empty();
        facts.indicators().addAll(List.of(rows));
        return facts;
    }

    private static PerformanceIndicator indicator(String name, String target, String actual, String ratio) {
        return new PerformanceIndicator("某项目", "产出指标", "数量指标", name, target, actual, BigDecimal.valueOf(3),
                BigDecimal.valueOf(3), new Provenance(9, "项目支出绩效自评表", name, "实际完成值"), ratio);
    }
}
