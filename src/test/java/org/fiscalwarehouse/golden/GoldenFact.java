package org.fiscalwarehouse.golden;

import java.math.BigDecimal;

/** One row of the answer key {@code golden/golden-facts.csv}. */
public record GoldenFact(String doc, String unitNameZh, int fiscalYear, String docKind, String metric, String item,
                         BigDecimal value, String unitOfValue, String source, String confidence, String note) {

    public String label() {
        return doc + " " + metric + (item.isEmpty() ? "" : "[" + item + "]") + " = " + value.toPlainString();
    }
}
