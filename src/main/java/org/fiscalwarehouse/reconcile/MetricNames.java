package org.fiscalwarehouse.reconcile;

import java.util.Map;

/** The printed names of the figures the checks talk about, so a message reads like the document. */
final class MetricNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("t01.income_total", "本年收入合计"), Map.entry("t01.expense_total", "本年支出合计"),
            Map.entry("t01.grand_total", "总计"), Map.entry("t01.carryover_begin", "年初结转和结余"),
            Map.entry("t01.carryover_end", "年末结转和结余"), Map.entry("t01.gpb_appropriation", "一般公共预算财政拨款收入"),
            Map.entry("t01.other_income", "其他收入"), Map.entry("t02.total", "收入决算表 合计"),
            Map.entry("t03.expense_total", "支出决算表 合计"), Map.entry("t03.basic_total", "基本支出"),
            Map.entry("t03.project_total", "项目支出"), Map.entry("t04.fiscal_total", "财政拨款收入支出总计"),
            Map.entry("t04.income_total", "财政拨款本年收入合计"), Map.entry("t04.expense_total", "财政拨款本年支出合计"),
            Map.entry("t04.carryover_begin", "年初财政拨款结转和结余"), Map.entry("t04.carryover_end", "年末财政拨款结转和结余"),
            Map.entry("t04.gpb_income", "一般公共预算财政拨款收入"), Map.entry("t05.gpb_total", "一般公共预算财政拨款支出"),
            Map.entry("t05.gpb_basic", "一般公共预算财政拨款基本支出"), Map.entry("t05.gpb_project", "一般公共预算财政拨款项目支出"),
            Map.entry("t06.personnel_total", "人员经费合计"), Map.entry("t06.public_total", "公用经费合计"),
            Map.entry("budget.income_total", "收入预算"), Map.entry("budget.expense_total", "支出预算"),
            Map.entry("budget.basic_total", "基本支出预算"), Map.entry("budget.project_total", "项目支出预算"),
            Map.entry("budget.gpb_appropriation", "一般公共预算拨款收入"), Map.entry("budget.carryover", "上年结转结余"),
            Map.entry("budget.gpb_total", "一般公共预算拨款支出"), Map.entry("budget.gpb_basic", "一般公共预算拨款基本支出"),
            Map.entry("budget.gpb_project", "一般公共预算拨款项目支出"), Map.entry("budget.personnel", "人员经费"),
            Map.entry("budget.public", "公用经费"), Map.entry("headcount", "在职人数"),
            Map.entry("admin_operating_cost", "机关运行经费"));

    private static final Map<String, String> SANGONG = Map.of("total", "“三公”经费合计",
            "outbound", "因公出国（境）费", "vehicle_total", "公务用车购置及运行维护费", "vehicle_purchase", "公务用车购置费",
            "vehicle_operation", "公务用车运行维护费", "reception", "公务接待费");

    private MetricNames() {
    }

    static String of(String metric) {
        return NAMES.getOrDefault(metric, metric);
    }

    static String sangong(String category) {
        return SANGONG.getOrDefault(category, category);
    }
}
