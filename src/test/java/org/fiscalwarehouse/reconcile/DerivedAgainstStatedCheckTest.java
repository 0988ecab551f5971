package org.fiscalwarehouse.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.document;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.sangong;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.stat;

import java.util.List;
import org.fiscalwarehouse.parse.DocKind;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Source;
import org.junit.jupiter.api.Test;

class DerivedAgainstStatedCheckTest {

    private final Reconciler reconciler = Reconciler.withDefaultChecks(Tolerance.DEFAULT);

    /** A 2023 final stating 接待费 3.98 万元, 2.17 more than last year, and income 126,998.81, 21,950.48 more. */
    private static ParsedDocument final2023() {
        ParsedFacts f = ParsedFacts.empty();
        f.sangong().add(sangong(2023, "reception", "final", "3.98", null, Source.NARRATIVE));
        f.stats().add(stat(2023, "change.sangong.reception", "2.17", Source.NARRATIVE));
        f.stats().add(stat(2023, "t01.income_total", "126998.81", Source.NARRATIVE));
        f.stats().add(stat(2023, "change.t01.income_total", "21950.48", Source.NARRATIVE));
        return document("doc-2023", 2023, DocKind.FINAL, f);
    }

    private static ParsedDocument final2022(String reception, String income) {
        ParsedFacts f = ParsedFacts.empty();
        f.sangong().add(sangong(2022, "reception", "final", reception, null, Source.TABLE));
        f.stats().add(stat(2022, "t01.income_total", income, Source.TABLE));
        return document("doc-2022", 2022, DocKind.FINAL, f);
    }

    @Test
    void aPriorYearFigureThatMatchesLastYearsDocumentPasses() {
        ParsedDocument current = final2023();
        List<ParsedDocument> run = List.of(current, final2022("1.81", "105048.33"));

        List<CheckResult> restated = restated(reconciler.reconcile(current, run));

        assertThat(restated).hasSize(2).allMatch(c -> c.status() == CheckStatus.PASS);
    }

    @Test
    void aRestatementIsAFindingThatNamesBothValues() {
        ParsedDocument current = final2023();
        List<ParsedDocument> run = List.of(current, final2022("1.95", "105048.33"));

        CheckResult reception = restated(reconciler.reconcile(current, run)).stream()
                .filter(c -> c.subject().equals("2022 reception final")).findFirst().orElseThrow();

        assertThat(reception.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(reception.severity()).isEqualTo(CheckResult.WARNING);
        assertThat(reception.expectedWan()).isEqualByComparingTo("1.95");
        assertThat(reception.actualWan()).isEqualByComparingTo("1.81");
        assertThat(reception.message()).contains("derived here 1.81").contains("doc-2022 (table) 1.95");
    }

    @Test
    void nothingToCompareWithoutLastYearsDocument() {
        ParsedDocument current = final2023();

        assertThat(restated(reconciler.reconcile(current, List.of(current)))).isEmpty();
    }

    @Test
    void aBudgetIsNotComparedWithAFinalAccount() {
        ParsedDocument current = final2023();
        ParsedDocument budget2022 = document("budget-2022", 2022, DocKind.BUDGET, final2022("9.99", "1.00").facts());

        assertThat(restated(reconciler.reconcile(current, List.of(current, budget2022)))).isEmpty();
    }

    private static List<CheckResult> restated(ReconciledDocument d) {
        return d.checks().stream().filter(c -> c.checkCode().equals(DerivedAgainstStatedCheck.CODE)).toList();
    }
}
