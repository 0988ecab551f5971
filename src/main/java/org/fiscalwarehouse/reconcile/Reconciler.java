package org.fiscalwarehouse.reconcile;

import java.util.ArrayList;
import java.util.List;
import org.fiscalwarehouse.parse.DocumentStatus;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.ParsedFacts;

/** The reconcile stage: runs every check on a document and returns its facts with the checks' findings. */
public class Reconciler {

    private final List<ReconciliationCheck> checks;
    private final Tolerance tolerance;

    public Reconciler(List<ReconciliationCheck> checks, Tolerance tolerance) {
        this.checks = List.copyOf(checks);
        this.tolerance = tolerance;
    }

    public static Reconciler withDefaultChecks(Tolerance tolerance) {
        return new Reconciler(List.of(new IncomeExpenseBalanceCheck(), new SangongSumCheck()), tolerance);
    }

    public ReconciledDocument reconcile(ParsedDocument document) {
        if (document.status() == DocumentStatus.REJECTED || document.facts() == null) {
            return new ReconciledDocument(document, ParsedFacts.empty().frozen(), List.of());
        }
        List<CheckResult> results = new ArrayList<>();
        for (ReconciliationCheck check : checks) {
            results.addAll(check.check(document, document.facts(), tolerance));
        }
        return new ReconciledDocument(document, document.facts(), results);
    }
}
