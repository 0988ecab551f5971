package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 八、预算绩效情况说明: the sentence that reports the self-evaluations ("本单位组织对 2023 年度 8 个项目实施单位自评，
 * 分别是外伤医疗费用结算审核服务费，…等项目，涉及财政拨款资金共计 2133.59 万元"). It gives {@code performance.projects_evaluated}
 * (the stated count), {@code performance.project_named} (one per project the sentence names, the name as
 * {@code item}, value 1) and {@code performance.funds_total} (the stated money), so that the reconcile stage can
 * hold them against the self-evaluation tables.
 */
public class PerformanceNarrativeParser extends NarrativeTopicParser {

    /** "8 个项目实施单位自评" / "3 个项目开展自评"; not the "…部门评价" sentence of an external evaluation. */
    private static final Pattern COUNT = Pattern.compile("(\\d+)个(?:一级)?项目(?:实施|开展)?(?:单位|部门)?(?:绩效)?自评");
    /** The list after 分别是/包括, up to the 等项目 / 等 that closes it, or the sentence's end. */
    private static final Pattern NAMES = Pattern.compile("(?:分别是|分别为|包括)[：:]?(.+?)(?:等(?:\\d+个)?项目|等[，,]|[，,]?涉及|$)");
    private static final Pattern FUNDS = Pattern.compile("(?:涉及)?(?:财政拨款)?资金(?:共计|合计|总额|总计)(?:为)?"
            + NarrativeSection.AMOUNT + "万元");
    private static final Pattern SEPARATOR = Pattern.compile("[，,、；;]");

    @Override
    public ParsedFacts parse(NarrativeText text, DocumentIdentity identity) {
        ParsedFacts facts = ParsedFacts.empty();
        text.section(NarrativeTopic.PERFORMANCE).ifPresent(s -> {
            Matcher count = s.matcher(COUNT);
            if (!count.find()) {
                return;
            }
            Provenance where = s.provenance(count.start());
            int year = identity.fiscalYear();
            facts.stats().add(new StatFigure(year, "performance.projects_evaluated", null,
                    new BigDecimal(count.group(1)), "projects", Source.NARRATIVE, where));
            int end = s.sentenceEnd(count.end());
            Matcher names = s.matcher(NAMES).region(count.end(), end);
            if (names.find()) {
                for (String name : SEPARATOR.split(names.group(1))) {
                    if (!name.isBlank()) {
                        facts.stats().add(new StatFigure(year, "performance.project_named", name.strip(),
                                BigDecimal.ONE, "projects", Source.NARRATIVE, where));
                    }
                }
            }
            Matcher funds = s.matcher(FUNDS).region(count.end(), end);
            if (funds.find()) {
                facts.stats().add(new StatFigure(year, "performance.funds_total", null,
                        AmountText.parse(funds.group(1)).orElseThrow(), StatFigure.WAN_YUAN, Source.NARRATIVE,
                        s.provenance(funds.start())));
            }
        });
        return facts;
    }
}
