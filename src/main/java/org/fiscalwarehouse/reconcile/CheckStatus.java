package org.fiscalwarehouse.reconcile;

/** Outcome of one reconciliation check, published lower-case in {@code fact_check.status}. */
public enum CheckStatus {
    PASS, FAIL, REPAIRED;

    public String code() {
        return name().toLowerCase();
    }
}
