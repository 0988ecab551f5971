package org.fiscalwarehouse.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.document;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.row;

import java.time.Instant;
import java.util.List;
import org.fiscalwarehouse.parse.DocumentStatus;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Source;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private static final String[] COLUMNS = {"total", "basic", "project"};

    @Test
    void checksRunAfterTheRepairsAndSeeTheRepairedFigures() {
        ParsedFacts f = ParsedFacts.empty();
        f.funcAmounts().addAll(row("T05", "21011", COLUMNS, "12503.50", "233.50", "12270.00"));
        f.funcAmounts().addAll(row("T05", "2101102", COLUMNS, "229.36", "229.36", "0.00"));
        f.funcAmounts().addAll(row("T05", "2101199", COLUMNS, "4.14", "12274.14", "12270.00"));

        ReconciledDocument done = Reconciler.withDefaultChecks(Tolerance.DEFAULT).reconcile(document(2023, f));

        assertThat(done.checks()).filteredOn(c -> c.checkCode().equals("SUBJECT.ROW_PERMUTED"))
                .extracting(CheckResult::status).containsExactly(CheckStatus.REPAIRED);
        assertThat(done.checks()).filteredOn(c -> c.checkCode().startsWith("T05."))
                .allMatch(c -> c.status() == CheckStatus.PASS, "every table 05 identity holds once repaired");
        assertThat(done.repairs()).extracting(Repair::checkCode).containsExactly("SUBJECT.ROW_PERMUTED");
        assertThat(done.facts().funcAmounts()).filteredOn(x -> x.source() == Source.TABLE)
                .extracting(FuncAmount::subjectCode).containsOnly("21011", "2101102", "2101199").hasSize(9);
    }

    @Test
    void aRejectedDocumentIsNotChecked() {
        ParsedDocument rejected = new ParsedDocument("bad", "file:/bad.pdf", "bad.pdf", "0".repeat(64), Instant.EPOCH,
                0, null, ParsedFacts.empty().frozen(), DocumentStatus.REJECTED, "encrypted");

        ReconciledDocument done = Reconciler.withDefaultChecks(Tolerance.DEFAULT).reconcile(rejected, List.of());

        assertThat(done.checks()).isEmpty();
        assertThat(done.repairs()).isEmpty();
    }
}
