package org.fiscalwarehouse.reconcile;

import org.fiscalwarehouse.parse.ParsedFacts;

/**
 * Printed facts that a repair replaced, and their replacements (source REPAIRED). The printed facts stay in the
 * document's facts (source TABLE) so the warehouse keeps what was printed; the warehouse marks them superseded by
 * the check, and the analyst views show the replacement.
 */
public record Repair(String checkCode, String subject, ParsedFacts printed, ParsedFacts repaired) {
}
