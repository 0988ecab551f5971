package org.fiscalwarehouse.reconcile;

import java.util.List;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.ParsedFacts;

/**
 * The reconcile stage's output: the parsed document, its facts after repairs and derivations
 * (each repaired or derived figure marked by its source), and every check that was run.
 */
public record ReconciledDocument(ParsedDocument document, ParsedFacts facts, List<CheckResult> checks) {

    public ReconciledDocument {
        checks = List.copyOf(checks);
    }
}
