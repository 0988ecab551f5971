package org.fiscalwarehouse.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 九、其他重要事项说明 (budget: 八): 机关运行经费 with its change on last year, and 政府采购 — the total and, only where
 * printed, its 货物/工程/服务 parts ("政府采购支出总额 132.43 万元，其中：政府采购货物支出 3.64 万元…"; a budget's
 * "政府采购预算总额 794 万元"; "政府采购金额（以合同签订为准）为 X 万元，其中：货物采购金额 Y 万元…").
 */
public class OtherMattersNarrativeParser extends NarrativeTopicParser {

    /** "货物支出", "货物预算", and Shanghai's "货物采购金额". */
    private static final String KIND = "(?:采购)?(?:支出|预算|金额)?";
    private static final Pattern ADMIN_COST = amountAfter("机关运行经费(?:支出|预算)?(?:决算数?|预算数?)?(?:为|共计|合计)?");
    /** "政府采购支出总额 X", "政府采购预算总额 X", "政府采购金额（以合同签订为准）为 X". */
    private static final Pattern PROCUREMENT_TOTAL = amountAfter("政府采购(?:支出|预算)?(?:总额|总计|合计|金额)"
            + "(?:[（(][^）)]{0,20}[)）])?(?:为|共计)?");
    private static final Pattern GOODS = amountAfter("(?:政府采购)?货物" + KIND + "(?:为)?");
    private static final Pattern WORKS = amountAfter("(?:政府采购)?工程" + KIND + "(?:为)?");
    private static final Pattern SERVICES = amountAfter("(?:政府采购)?服务" + KIND + "(?:为)?");

    @Override
    public ParsedFacts parse(NarrativeText text, DocumentIdentity identity) {
        ParsedFacts facts = ParsedFacts.empty();
        text.section(NarrativeTopic.OTHER_MATTERS).ifPresent(s -> {
            statedAmount(s, ADMIN_COST, "admin_operating_cost", "admin_operating_cost", identity, facts);
            // the parts are read from the total's own sentence ("…总额 X 万元，其中：…货物…、…服务…"), so that a
            // 服务 or 工程 named elsewhere is not taken for a procurement figure
            Matcher total = s.matcher(PROCUREMENT_TOTAL);
            if (total.find()) {
                statedAmount(s, PROCUREMENT_TOTAL, "procurement.total", null, identity, facts);
                int from = total.end();
                int to = s.sentenceEnd(from);
                statedAmount(s, from, to, GOODS, "procurement.goods", null, identity, facts);
                statedAmount(s, from, to, WORKS, "procurement.works", null, identity, facts);
                statedAmount(s, from, to, SERVICES, "procurement.services", null, identity, facts);
            }
        });
        return facts;
    }
}
