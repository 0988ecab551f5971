package org.fiscalwarehouse.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.document;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.func;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.run;

import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Source;
import org.junit.jupiter.api.Test;

class TruncatedCodeAndNameRepairTest {

    @Test
    void recoversClass210PrintedAs21FromTheRowsUnderIt() {
        ParsedFacts f = ParsedFacts.empty();
        f.funcAmounts().add(func("T05", "21", "卫生健康支出", "total", "126092.72", Source.TABLE));
        f.funcAmounts().add(func("T05", "21011", "行政事业单位医疗", "total", "12711.85", Source.TABLE));
        f.funcAmounts().add(func("T05", "2101101", "行政单位医疗", "total", "12711.85", Source.TABLE));
        f.funcAmounts().add(func("T05", "21012", "财政对基本医疗保险基金的补助", "total", "113380.87", Source.TABLE));

        Reconciliation r = run(document(2023, f), new TruncatedCodeRepair());

        assertThat(r.results()).singleElement().satisfies(c -> {
            assertThat(c.checkCode()).isEqualTo("SUBJECT.CODE_TRUNCATED");
            assertThat(c.status()).isEqualTo(CheckStatus.REPAIRED);
            assertThat(c.message()).contains("code printed \"21\"").contains("code 210");
        });
        assertThat(r.facts().funcAmounts()).extracting(FuncAmount::subjectCode)
                .containsExactly("210", "21011", "2101101", "21012");
        assertThat(r.facts().funcAmounts().get(0).source()).isEqualTo(Source.REPAIRED);
    }

    @Test
    void leavesAShortCodeWhoseRowsBeginDifferently() {
        ParsedFacts f = ParsedFacts.empty();
        f.funcAmounts().add(func("T05", "21", "", "total", "300.00", Source.TABLE));
        f.funcAmounts().add(func("T05", "21011", "", "total", "100.00", Source.TABLE));
        f.funcAmounts().add(func("T05", "21101", "", "total", "200.00", Source.TABLE));

        assertThat(run(document(2023, f), new TruncatedCodeRepair()).results()).isEmpty();
    }

    @Test
    void recoversANameCutOffByItsCellFromTheNarrative() {
        ParsedFacts f = ParsedFacts.empty();
        f.funcAmounts().add(func("T05", "2101202", "财政对城乡居民基本医疗保险基金的补", "total", "75427.00", Source.TABLE));
        f.funcAmounts().add(func("T05", "2101202", "财政对城乡居民基本医疗保险基金的补助", "total", "75427.00",
                Source.NARRATIVE));

        Reconciliation r = run(document(2023, f), new SubjectNameRepair());

        assertThat(r.results()).singleElement().satisfies(c -> assertThat(c.message())
                .contains("name printed \"财政对城乡居民基本医疗保险基金的补\"").contains("from the narrative"));
        assertThat(r.facts().funcAmounts()).filteredOn(x -> x.source() == Source.REPAIRED).singleElement()
                .satisfies(x -> {
                    assertThat(x.subjectNameZh()).isEqualTo("财政对城乡居民基本医疗保险基金的补助");
                    assertThat(x.amountWan()).isEqualByComparingTo("75427.00");
                    assertThat(x.provenance().rowLabel()).contains("基金的补");
                });
    }

    @Test
    void theNarrativesAddedSpendingIsNotAMissingPartOfTheName() {
        // 泉州: table "行政单位离退休", narrative "2080501-行政单位离退休支出14.79万元"
        ParsedFacts f = ParsedFacts.empty();
        f.funcAmounts().add(func("T05", "2080501", "行政单位离退休", "total", "14.79", Source.TABLE));
        f.funcAmounts().add(func("T05", "2080501", "行政单位离退休支出", "total", "14.79", Source.NARRATIVE));

        assertThat(run(document(2024, f), new SubjectNameRepair(), new SubjectNameAgreementCheck()).results())
                .singleElement().satisfies(c -> {
                    assertThat(c.checkCode()).isEqualTo("SUBJECT.NAME_AGREES");
                    assertThat(c.status()).isEqualTo(CheckStatus.PASS);
                });
    }
}
