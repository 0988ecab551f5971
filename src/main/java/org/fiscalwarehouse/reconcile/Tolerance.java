package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;

/**
 * How far a sum may miss its total and still pass. Published figures are rounded to 0.01 万元 (the forms warn of
 * 尾数误差), so each summed term may carry half a cent of error either way: the default allows 0.01 per term.
 */
public record Tolerance(BigDecimal perTerm) {

    public static final Tolerance DEFAULT = new Tolerance(new BigDecimal("0.01"));

    public BigDecimal forTerms(int terms) {
        return perTerm.multiply(BigDecimal.valueOf(Math.max(1, terms)));
    }

    public boolean agrees(BigDecimal expected, BigDecimal actual, int terms) {
        return expected.subtract(actual).abs().compareTo(forTerms(terms)) <= 0;
    }
}
