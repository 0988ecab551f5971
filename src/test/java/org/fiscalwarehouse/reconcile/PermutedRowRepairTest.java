package org.fiscalwarehouse.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.document;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.row;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.run;

import java.math.BigDecimal;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Source;
import org.junit.jupiter.api.Test;

class PermutedRowRepairTest {

    private static final String[] COLUMNS = {"total", "basic", "project"};

    /** Xiamen 2023 table 05, 款 21011 and its 项, with 2101199 as printed. */
    private static ParsedFacts xiamenSection21011(String sectionBasic) {
        ParsedFacts f = ParsedFacts.empty();
        f.funcAmounts().addAll(row("T05", "21011", COLUMNS, "12711.85", sectionBasic, "12503.50"));
        f.funcAmounts().addAll(row("T05", "2101101", COLUMNS, "129.79", "129.79", "0.00"));
        f.funcAmounts().addAll(row("T05", "2101102", COLUMNS, "241.61", "8.11", "233.50"));
        f.funcAmounts().addAll(row("T05", "2101103", COLUMNS, "66.31", "66.31", "0.00"));
        f.funcAmounts().addAll(row("T05", "2101199", COLUMNS, "4.14", "12274.14", "12270.00"));
        return f;
    }

    @Test
    void repairsPermutedCellsOfXiamenTable05Row2101199() {
        Reconciliation r = run(document(2023, xiamenSection21011("208.35")), new PermutedRowRepair());

        assertThat(amount(r.facts(), "2101199", "total")).isEqualByComparingTo("12274.14");
        assertThat(amount(r.facts(), "2101199", "basic")).isEqualByComparingTo("4.14");
        assertThat(amount(r.facts(), "2101199", "project")).isEqualByComparingTo("12270.00");
        assertThat(r.facts().funcAmounts()).filteredOn(f -> f.subjectCode().equals("2101199"))
                .extracting(FuncAmount::source).containsExactly(Source.REPAIRED, Source.REPAIRED, Source.TABLE);
        CheckResult result = r.results().get(0);
        assertThat(result.checkCode()).isEqualTo("SUBJECT.ROW_PERMUTED");
        assertThat(result.status()).isEqualTo(CheckStatus.REPAIRED);
        assertThat(result.message()).contains("printed 4.14 / 12274.14 / 12270.00")
                .contains("read 12274.14 / 4.14 / 12270.00");
    }

    @Test
    void keepsThePrintedFiguresBesideTheRepairedOnes() {
        ReconciledDocument done = run(document(2023, xiamenSection21011("208.35")), new PermutedRowRepair()).result();

        assertThat(done.facts().funcAmounts()).filteredOn(f -> f.subjectCode().equals("2101199")
                        && f.measure().equals("total"))
                .extracting(FuncAmount::amountWan, FuncAmount::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("4.14"), Source.TABLE),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("12274.14"), Source.REPAIRED));
        assertThat(done.repairs()).singleElement().satisfies(repair -> {
            assertThat(repair.checkCode()).isEqualTo("SUBJECT.ROW_PERMUTED");
            assertThat(repair.printed().funcAmounts()).extracting(FuncAmount::amountWan)
                    .containsExactly(new BigDecimal("4.14"), new BigDecimal("12274.14"));
        });
    }

    @Test
    void leavesTheRowAsPrintedWhenNoOrderAgreesWithItsColumns() {
        // with 21011 基本 printed 12,478.28 neither order of the row agrees with the 款: nothing is proven
        Reconciliation r = run(document(2023, xiamenSection21011("12478.28")), new PermutedRowRepair());

        assertThat(r.results()).isEmpty();
        assertThat(amount(r.facts(), "2101199", "total")).isEqualByComparingTo("4.14");
    }

    @Test
    void leavesARowThatAddsUpAlone() {
        ParsedFacts f = ParsedFacts.empty();
        f.funcAmounts().addAll(row("T05", "2101101", COLUMNS, "129.79", "129.79", "0.00"));

        assertThat(run(document(2023, f), new PermutedRowRepair()).results()).isEmpty();
    }

    static BigDecimal amount(ParsedFacts facts, String code, String measure) {
        return facts.funcAmounts().stream().filter(f -> f.subjectCode().equals(code) && f.measure().equals(measure))
                .map(FuncAmount::amountWan).reduce((a, b) -> {
                    throw new AssertionError("two figures for " + code + " " + measure);
                }).orElseThrow();
    }
}
