package org.fiscalwarehouse.parse;

import java.util.function.Predicate;

/**
 * The sections of 第三部分 the narrative parsers read, recognised by what their heading says rather than by its
 * number (a final account's 三 is a budget's 二; documents renumber and reword headings).
 */
public enum NarrativeTopic {
    /** 一、收入支出决算总体情况说明 / 一、预算收支总体情况. */
    OVERVIEW(h -> h.contains("总体情况") && !h.contains("财政拨款") && (h.contains("收入支出") || h.contains("收支"))),
    /** 二、财政拨款收入支出决算总体情况说明. */
    FISCAL_OVERVIEW(h -> h.contains("总体情况") && h.contains("财政拨款")),
    /** 三、一般公共预算财政拨款支出决算情况说明 / 二、一般公共预算拨款支出情况. */
    GPB_SPENDING(h -> h.contains("一般公共预算") && h.contains("支出") && !h.contains("基本支出") && !h.contains("三公")),
    /** 六、一般公共预算财政拨款基本支出决算情况说明 / 五、一般公共预算拨款基本支出情况. */
    GPB_BASIC(h -> h.contains("基本支出")),
    /** 七、一般公共预算拨款“三公”经费支出决算情况说明. */
    SANGONG(h -> h.contains("三公")),
    /** 八、预算绩效情况说明 (the final account's account of its self-evaluations). */
    PERFORMANCE(h -> h.contains("绩效")),
    /** 九、其他重要事项说明. */
    OTHER_MATTERS(h -> h.contains("其他重要事项"));

    private final Predicate<String> heading;

    NarrativeTopic(Predicate<String> heading) {
        this.heading = heading;
    }

    public boolean matches(String heading) {
        return heading != null && this.heading.test(heading);
    }
}
