package org.fiscalwarehouse.reconcile;

/**
 * One rule run on every document: it reads the facts as the rules before it left them, and records what it found
 * (a check's result), repaired (printed facts replaced, with the check that proves it) or derived. Adding a rule is
 * adding one of these to {@link Reconciler#withDefaultChecks}; its check codes go into the contract's catalogue.
 */
public interface ReconciliationCheck {

    void check(Reconciliation reconciliation);
}
