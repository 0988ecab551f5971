package org.fiscalwarehouse.parse;

import org.fiscalwarehouse.golden.GoldenFacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscalwarehouse.parse.FactsAssert.assertGolden;
import static org.fiscalwarehouse.parse.FactsAssert.econ;
import static org.fiscalwarehouse.parse.FactsAssert.stat;
import static org.fiscalwarehouse.parse.TableRegionFixture.FUND_CENTRE;
import static org.fiscalwarehouse.parse.TableRegionFixture.FUZHOU;
import static org.fiscalwarehouse.parse.TableRegionFixture.QUANZHOU;
import static org.fiscalwarehouse.parse.TableRegionFixture.XIAMEN;
import static org.fiscalwarehouse.parse.TableRegionFixture.region;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EconomicSubjectTableParserTest {

    private final EconomicSubjectTableParser parser = new EconomicSubjectTableParser();

    @Test
    void readsFuzhouTable06WhereWrappedNamesPushCodesAndAmountsOntoTheirOwnLines() {
        ParsedFacts t06 = parser.parse(region(FUZHOU, "T06", 626, 779), TableRegionFixture.identity(2023));
        assertGolden(t06, GoldenFacts.fromTable(GoldenFacts.FUZHOU, "t06.", "T06"));
        assertThat(econ(t06, "30108")).contains(new BigDecimal("153.67"));
        assertThat(econ(t06, "31003")).contains(new BigDecimal("0.00"));
        // line 756 "0.00 30231": 30310's amount, then the next block's code; 30231's amount is on line 761
        assertThat(econ(t06, "30310")).contains(new BigDecimal("0.00"));
        assertThat(econ(t06, "30231")).contains(new BigDecimal("0.00"));
        assertThat(econ(t06, "30239")).contains(new BigDecimal("48.61"));
        assertThat(econ(t06, "30299")).contains(new BigDecimal("26.15"));
        assertThat(t06.econAmounts().stream().filter(e -> e.econCode().equals("31007")).findFirst().orElseThrow()
                .econNameZh()).isEqualTo("信息网络及软件购置更新");
        assertThat(t06.econAmounts()).hasSize(81); // every code printed in the table
    }

    @Test
    void takesPublicTotalFromTheNextAmountAfterItsLabel() {
        ParsedFacts centre = parser.parse(region(FUND_CENTRE, "T06", 121, 163), TableRegionFixture.identity(2023));
        assertGolden(centre, GoldenFacts.fromTable(GoldenFacts.FUND_CENTRE, "t06.", "T06"));
        assertThat(econ(centre, "30106")).contains(new BigDecimal("0.00")); // blank cell
        assertThat(econ(centre, "302")).contains(new BigDecimal("119.14"));
        ParsedFacts quanzhou = parser.parse(region(QUANZHOU, "T06", 347, 394), TableRegionFixture.identity(2024));
        assertGolden(quanzhou, GoldenFacts.fromTable(GoldenFacts.QUANZHOU, "t06.", "T06"));
        // stray 0.00 cells in the empty left block (lines 388-392) belong to no code
        assertThat(econ(quanzhou, "30399")).contains(new BigDecimal("152.29"));
        assertThat(econ(quanzhou, "30299")).contains(new BigDecimal("95.39"));
    }

    @Test
    void emitsNoTotalsForXiamenTable06CutOffBeforeThem() {
        ParsedFacts t06 = parser.parse(region(XIAMEN, "T06", 333, 360), TableRegionFixture.identity(2023));
        assertThat(stat(t06, "t06.personnel_total")).isEmpty();
        assertThat(stat(t06, "t06.public_total")).isEmpty();
        assertThat(econ(t06, "30217")).contains(new BigDecimal("3.98"));
        assertThat(econ(t06, "31002")).contains(new BigDecimal("34.96"));
        assertThat(econ(t06, "30106")).contains(new BigDecimal("0.00"));
    }
}
