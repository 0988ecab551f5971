package org.fiscalwarehouse.reconcile;

import java.util.List;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.ParsedFacts;

/** One family of identities checked on every document; adding a rule is adding one of these. */
public interface ReconciliationCheck {

    List<CheckResult> check(ParsedDocument document, ParsedFacts facts, Tolerance tolerance);
}
