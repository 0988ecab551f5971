package org.fiscalwarehouse.parse;

import java.math.BigDecimal;

/** An amount by 经济分类 subject (table 06). */
public record EconAmount(String tableCode, String econCode, String econNameZh, BigDecimal amountWan, Source source,
                         Provenance provenance) {
}
