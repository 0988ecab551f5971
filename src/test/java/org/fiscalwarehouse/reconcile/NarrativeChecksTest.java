package org.fiscalwarehouse.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.document;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.func;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.results;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.sangong;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.stat;

import java.util.List;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Source;
import org.junit.jupiter.api.Test;

class NarrativeChecksTest {

    @Test
    void aNarrativeFigureThatDisagreesWithItsTableFailsNamingBoth() {
        ParsedFacts f = ParsedFacts.empty();
        f.stats().add(stat(2023, "t06.personnel_total", "1570.13", Source.TABLE));
        f.stats().add(stat(2023, "t06.personnel_total", "1507.13", Source.NARRATIVE));
        f.sangong().add(sangong("reception", "final", "2.90", Source.TABLE));
        f.sangong().add(sangong("reception", "final", "2.90", Source.NARRATIVE));

        List<CheckResult> results = results(document(2023, f), new NarrativeAgreesWithTableCheck());

        assertThat(results).extracting(CheckResult::checkCode, CheckResult::status).containsExactly(
                tuple("NARRATIVE.STAT", CheckStatus.FAIL), tuple("NARRATIVE.SANGONG", CheckStatus.PASS));
        assertThat(results.get(0).message()).isEqualTo("narrative 1507.13 but table 1570.13 (difference -63.00)");
    }

    @Test
    void aSubjectTheTableRepairedIsComparedWithTheRepairedFigure() {
        ParsedFacts f = ParsedFacts.empty();
        f.funcAmounts().add(func("T05", "2101199", "其他行政事业单位医疗支出", "total", "4.14", Source.TABLE));
        f.funcAmounts().add(func("T05", "2101199", "其他行政事业单位医疗支出", "total", "12274.14", Source.REPAIRED));
        f.funcAmounts().add(func("T05", "2101199", "其他行政事业单位医疗支出", "total", "12274.14", Source.NARRATIVE));

        CheckResult r = results(document(2023, f), new NarrativeAgreesWithTableCheck()).get(0);

        assertThat(r.status()).isEqualTo(CheckStatus.PASS);
        assertThat(r.message()).isEqualTo("narrative = T05 (repaired) = 12274.14");
    }

    @Test
    void aStatedGrowthRateIsCheckedAgainstTheChangeAndTheFigure() {
        // Xiamen 2023: 公务接待费支出 3.98 万元 … 增加 2.17 万元，增长 119.89%; a misprint would read 129.89%
        ParsedFacts f = ParsedFacts.empty();
        f.sangong().add(sangong(2023, "reception", "final", "3.98", null, Source.NARRATIVE));
        f.stats().add(stat(2023, "change.sangong.reception", "2.17", Source.NARRATIVE));
        f.stats().add(stat(2023, "change_pct.sangong.reception", "119.89", Source.NARRATIVE));
        f.sangong().add(sangong(2023, "outbound", "final", "6.46", null, Source.NARRATIVE));
        f.stats().add(stat(2023, "change.sangong.outbound", "1.00", Source.NARRATIVE));
        f.stats().add(stat(2023, "change_pct.sangong.outbound", "29.89", Source.NARRATIVE));

        List<CheckResult> results = results(document(2023, f), new StatedChangeRateCheck());

        assertThat(results).extracting(CheckResult::subject, CheckResult::status).containsExactly(
                tuple("sangong.reception", CheckStatus.PASS), tuple("sangong.outbound", CheckStatus.FAIL));
        assertThat(results.get(1).message()).isEqualTo("change 1.00 on last year's 5.46 is 18.32%; the text states"
                + " 29.89%");
    }

    @Test
    void itemisedChangesAreSummedAgainstTheStatedChangeOfTheWhole() {
        ParsedFacts f = ParsedFacts.empty();
        f.stats().add(stat(2023, "change.t05.gpb_total", "-219.77", Source.NARRATIVE));
        f.stats().add(stat(2023, "change.t05.2101501", "-225.97", Source.NARRATIVE));
        f.stats().add(stat(2023, "change.t05.2101599", "188.16", Source.NARRATIVE));

        CheckResult r = results(document(2023, f), new SubjectChangesSumCheck()).get(0);

        assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.severity()).isEqualTo(CheckResult.WARNING);
        assertThat(r.message()).isEqualTo("2101501 + 2101599 = -37.81 but the document states -219.77"
                + " (difference -181.96)");
    }
}
