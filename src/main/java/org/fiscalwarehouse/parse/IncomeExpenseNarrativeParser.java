package org.fiscalwarehouse.parse;

import java.util.regex.Pattern;

/**
 * The totals the narrative states (final account 一、二、三、六; budget 一、二、五): 收入/支出总计, 本年收入 and 本年支出
 * with their change on last year, 一般公共预算财政拨款收入, 其他收入, 基本/项目支出, 财政拨款收入总计, 一般公共预算拨款支出,
 * its 基本支出 with 人员经费/公用经费; for a budget the corresponding {@code budget.*} figures.
 */
public class IncomeExpenseNarrativeParser extends NarrativeTopicParser {

    private static final String IS = "(?:为|共计|合计)?";
    // an itemised line ("1. 基本支出…", "其中：基本支出…"), not a unit's 基本支出 quoted in a reason
    private static final String ITEM = "(?:^|(?<=[\\n：:，,。；、）)])|(?<=\\d[.、．]))";

    private static final Pattern GRAND_TOTAL = amountAfter("收入总计" + IS);
    private static final Pattern GRAND_TOTAL_EXPENSE = amountAfter("支出总计" + IS);
    private static final Pattern INCOME = amountAfter("(?:年度|本年)(?:本单位|本部门)?收入(?:合计|决算数?)?" + IS);
    private static final Pattern EXPENSE = amountAfter("(?:年度|本年)(?:本单位|本部门)?支出(?:合计|决算数?)?" + IS);
    private static final Pattern BASIC = amountAfter("基本支出(?:决算数?|预算数?)?" + IS);
    private static final Pattern GPB_INCOME_ITEM = amountAfter(ITEM + "一般公共预算(?:财政)?拨款收入" + IS);
    private static final Pattern OTHER_INCOME_ITEM = amountAfter(ITEM + "其他收入" + IS);
    private static final Pattern BASIC_ITEM = amountAfter(ITEM + "基本支出(?:决算数?|预算数?)?" + IS);
    private static final Pattern PROJECT_ITEM = amountAfter(ITEM + "项目支出(?:决算数?|预算数?)?" + IS);
    private static final Pattern FISCAL_TOTAL = amountAfter("财政拨款收入总计" + IS);
    private static final Pattern GPB_SPENDING = amountAfter("一般公共预算(?:财政)?(?:拨款)?支出(?:决算数?|预算数?)?" + IS);
    private static final Pattern PERSONNEL = amountAfter("人员经费(?:支出)?" + IS);
    private static final Pattern PUBLIC = amountAfter("公用经费(?:支出)?" + IS);
    private static final Pattern BUDGET_INCOME = amountAfter("(?:收入预算(?:总额|合计)?|收入总计)" + IS);
    private static final Pattern BUDGET_EXPENSE = amountAfter("(?:支出预算(?:总额|合计)?|支出总计)" + IS);
    // "上年结余结余" is a misprint of 上年结转结余 seen in print; both mean the carry-over
    private static final Pattern CARRYOVER = amountAfter("上年结[转余](?:和)?结余(?:收入|资金)?" + IS);

    @Override
    public ParsedFacts parse(NarrativeText text, DocumentIdentity identity) {
        ParsedFacts facts = ParsedFacts.empty();
        if (identity.kind() == DocKind.BUDGET) {
            readBudget(text, identity, facts);
        } else {
            readFinal(text, identity, facts);
        }
        return facts;
    }

    private void readFinal(NarrativeText text, DocumentIdentity id, ParsedFacts facts) {
        text.section(NarrativeTopic.OVERVIEW).ifPresent(s -> {
            if (statedAmount(s, GRAND_TOTAL, "t01.grand_total", "t01.grand_total", id, facts).isEmpty()) {
                statedAmount(s, GRAND_TOTAL_EXPENSE, "t01.grand_total", "t01.grand_total", id, facts);
            }
            statedAmount(s, INCOME, "t01.income_total", "t01.income_total", id, facts);
            statedAmount(s, GPB_INCOME_ITEM, "t01.gpb_appropriation", null, id, facts);
            statedAmount(s, OTHER_INCOME_ITEM, "t01.other_income", null, id, facts);
            statedAmount(s, EXPENSE, "t01.expense_total", "t01.expense_total", id, facts);
            statedAmount(s, BASIC_ITEM, "t03.basic_total", null, id, facts);
            statedAmount(s, PROJECT_ITEM, "t03.project_total", null, id, facts);
        });
        text.section(NarrativeTopic.FISCAL_OVERVIEW).ifPresent(s ->
                statedAmount(s, FISCAL_TOTAL, "t04.fiscal_total", "t04.fiscal_total", id, facts));
        text.section(NarrativeTopic.GPB_SPENDING).ifPresent(s ->
                statedAmount(s, GPB_SPENDING, "t05.gpb_total", "t05.gpb_total", id, facts));
        text.section(NarrativeTopic.GPB_BASIC).ifPresent(s -> {
            statedAmount(s, BASIC, "t05.gpb_basic", null, id, facts);
            statedAmount(s, PERSONNEL, "t06.personnel_total", null, id, facts);
            statedAmount(s, PUBLIC, "t06.public_total", null, id, facts);
        });
    }

    private void readBudget(NarrativeText text, DocumentIdentity id, ParsedFacts facts) {
        text.section(NarrativeTopic.OVERVIEW).ifPresent(s -> {
            statedAmount(s, BUDGET_INCOME, "budget.income_total", "budget.income_total", id, facts);
            statedAmount(s, GPB_INCOME_ITEM, "budget.gpb_appropriation", null, id, facts);
            statedAmount(s, CARRYOVER, "budget.carryover", null, id, facts);
            statedAmount(s, BUDGET_EXPENSE, "budget.expense_total", "budget.expense_total", id, facts);
            statedAmount(s, BASIC_ITEM, "budget.basic_total", null, id, facts);
            statedAmount(s, PROJECT_ITEM, "budget.project_total", null, id, facts);
        });
        text.section(NarrativeTopic.GPB_SPENDING).ifPresent(s ->
                statedAmount(s, GPB_SPENDING, "budget.gpb_total", "budget.gpb_total", id, facts));
        text.section(NarrativeTopic.GPB_BASIC).ifPresent(s -> {
            statedAmount(s, BASIC, "budget.gpb_basic", "budget.gpb_basic", id, facts);
            statedAmount(s, PERSONNEL, "budget.personnel", null, id, facts);
            statedAmount(s, PUBLIC, "budget.public", null, id, facts);
        });
    }
}
