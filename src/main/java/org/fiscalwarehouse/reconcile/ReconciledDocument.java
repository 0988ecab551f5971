package org.fiscalwarehouse.reconcile;

import java.util.List;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.ParsedFacts;

/**
 * The reconcile stage's output: the parsed document, its facts after repairs and derivations (every printed fact,
 * plus each repaired and derived one marked by its source), every check that was run, and the repairs made (which
 * printed facts each one superseded).
 */
public record ReconciledDocument(ParsedDocument document, ParsedFacts facts, List<CheckResult> checks,
                                 List<Repair> repairs) {

    public ReconciledDocument {
        checks = List.copyOf(checks);
        repairs = repairs == null ? List.of() : List.copyOf(repairs);
    }

    public ReconciledDocument(ParsedDocument document, ParsedFacts facts, List<CheckResult> checks) {
        this(document, facts, checks, List.of());
    }
}
