package org.fiscalwarehouse.parse;

import java.math.BigDecimal;

/**
 * A 三公 figure. {@code fiscalYear} is the year the figure is for: a prior-year figure derived from a later
 * document's narrative carries the earlier year.
 *
 * @param category      total, outbound, vehicle_total, vehicle_purchase, vehicle_operation, reception
 * @param phase         budget or final
 * @param statedRatePct the execution rate the document prints for this category (完成全年预算的 X%), if any
 */
public record SangongFigure(int fiscalYear, String category, String phase, BigDecimal amountWan,
                            BigDecimal statedRatePct, Source source, Provenance provenance) {

    public static final String BUDGET = "budget";
    public static final String FINAL = "final";
}
