package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;

/**
 * One check run on one document: a row of {@code fact_check}.
 *
 * @param checkCode stable code, e.g. {@code T01.BALANCE.INCOME_SIDE}
 * @param severity  {@code error} (the figures cannot all be right) or {@code warning} (scope or rounding notes)
 * @param subject   what was checked (a subject code, a category, a table line)
 */
public record CheckResult(String checkCode, String severity, CheckStatus status, String subject,
                          BigDecimal expectedWan, BigDecimal actualWan, String message) {
}
