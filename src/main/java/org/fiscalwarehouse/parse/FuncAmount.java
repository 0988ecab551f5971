package org.fiscalwarehouse.parse;

import java.math.BigDecimal;

/** An amount by 功能分类 subject and column of tables 02, 03, 05, 08, 09 (or the budget's counterparts). */
public record FuncAmount(String tableCode, String subjectCode, String subjectNameZh, String measure,
                         BigDecimal amountWan, Source source, Provenance provenance) {
}
