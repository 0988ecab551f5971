package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;

/**
 * One check run on one document: a row of {@code fact_check}.
 *
 * @param checkCode stable code, e.g. {@code T01.BALANCE.INCOME_SIDE} (the catalogue is in the contract)
 * @param severity  {@code info} (passed or repaired), {@code error} (the figures cannot all be right) or
 *                  {@code warning} (a finding that is not necessarily an error: a restatement, an unitemised rest)
 * @param subject   what was checked (a subject code and column, a category, a table line)
 */
public record CheckResult(String checkCode, String severity, CheckStatus status, String subject,
                          BigDecimal expectedWan, BigDecimal actualWan, String message) {

    public static final String INFO = "info";
    public static final String WARNING = "warning";
    public static final String ERROR = "error";
}
