package org.fiscalwarehouse.parse;

import org.fiscalwarehouse.golden.GoldenFacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscalwarehouse.parse.FactsAssert.assertGolden;
import static org.fiscalwarehouse.parse.FactsAssert.func;
import static org.fiscalwarehouse.parse.FactsAssert.stat;
import static org.fiscalwarehouse.parse.TableRegionFixture.FUZHOU;
import static org.fiscalwarehouse.parse.TableRegionFixture.QUANZHOU;
import static org.fiscalwarehouse.parse.TableRegionFixture.XIAMEN;
import static org.fiscalwarehouse.parse.TableRegionFixture.region;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiscalSummaryTableParserTest {

    private final FiscalSummaryTableParser parser = new FiscalSummaryTableParser();

    @Test
    void readsFuzhouTable04PastThePageNumberInsideIt() {
        ParsedFacts t04 = parser.parse(region(FUZHOU, "T04", 471, 565), TableRegionFixture.identity(2023));
        assertGolden(t04, GoldenFacts.fromTable(GoldenFacts.FUZHOU, "t04.", "T04"));
        assertThat(stat(t04, "t04.gpb_income")).contains(new BigDecimal("3139.41"));
        assertThat(stat(t04, "t04.carryover_end")).contains(new BigDecimal("0.00"));
        assertThat(func(t04, "210", "gpb")).contains(new BigDecimal("2685.16"));
        // labels wrapped onto their own line, figures on the next
        assertThat(func(t04, "224", "total")).contains(new BigDecimal("0.00"));
        assertThat(func(t04, "234", "state_capital")).contains(new BigDecimal("0.00"));
        // 26 classes printed, four columns each
        assertThat(t04.funcAmounts()).hasSize(26 * 4);
        assertThat(t04.funcAmounts().stream().map(FuncAmount::subjectCode).distinct()).hasSize(26);
    }

    @Test
    void readsQuanzhouCarryOverWithoutTheStrayBreakdownCells() {
        ParsedFacts t04 = parser.parse(region(QUANZHOU, "T04", 255, 301), TableRegionFixture.identity(2024));
        assertGolden(t04, GoldenFacts.fromTable(GoldenFacts.QUANZHOU, "t04.", "T04"));
        assertThat(stat(t04, "t04.gpb_income")).contains(new BigDecimal("9702.84"));
        assertThat(stat(t04, "t04.carryover_begin")).contains(new BigDecimal("590.74"));
        assertThat(stat(t04, "t04.carryover_end")).contains(new BigDecimal("161.38"));
        assertThat(func(t04, "221", "total")).contains(new BigDecimal("657.86"));
    }

    @Test
    void leavesTheTotalToTheNarrativeWhenXiamenTable04IsCutOff() {
        ParsedFacts t04 = parser.parse(region(XIAMEN, "T04", 263, 289), TableRegionFixture.identity(2023));
        assertThat(stat(t04, "t04.fiscal_total")).isEmpty();
        assertThat(stat(t04, "t04.gpb_income")).contains(new BigDecimal("126996.81"));
        assertThat(func(t04, "210", "gpb")).contains(new BigDecimal("126092.72"));
        assertThat(func(t04, "208", "gov_fund")).contains(new BigDecimal("0.00"));
        assertThat(func(t04, "201", "total")).isEmpty(); // a row printed without figures
    }
}
