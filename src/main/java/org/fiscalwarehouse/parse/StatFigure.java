package org.fiscalwarehouse.parse;

import java.math.BigDecimal;

/**
 * Any other stated figure: table totals ({@code t01.income_total}, {@code t03.basic_total} …), headcount,
 * 机关运行经费, 政府采购, reception batches … . {@code valueUnit} is wan_yuan, persons, batches, person_times, pct.
 */
public record StatFigure(int fiscalYear, String metric, String item, BigDecimal value, String valueUnit,
                         Source source, Provenance provenance) {

    public static final String WAN_YUAN = "wan_yuan";
}
