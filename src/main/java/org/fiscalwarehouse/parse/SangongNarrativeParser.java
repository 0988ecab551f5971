package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 三公 section (final account 七, budget 六). Each statement is read after the category it names: the spending
 * ("因公出国（境）费支出 6.46 万元"), its execution rate ("完成全年预算的 100.00%"), a printed budget ("与全年预算的 0 万元持平";
 * a budget document's "2025 年度预算安排 2 万元", "无预算安排"), and the change on last year
 * ({@code change.sangong.<category>}). Categories are told by their names, not by the paragraph numbers, which
 * documents get wrong (a 公务接待费 paragraph numbered "（二）"). Where a final account compares the spending with the
 * budget without printing it ("与全年预算数持平"), the difference is kept as {@code change_vs_budget.sangong.<category>}
 * (spending − budget; the reconcile stage derives the budget). Also reads 累计接待 N 批次、M 人次 and 公务用车保有量.
 */
public class SangongNarrativeParser extends NarrativeTopicParser {

    private static final String FEE = "(?:费用|经费|费)";
    private static final Pattern LABEL = Pattern.compile(
            "(?<total>[“\"‘']?三公[”\"’']?经费)"
                    + "|(?<vehicleTotal>公务用车购置及运行(?:维护)?" + FEE + ")"
                    + "|(?<vehiclePurchase>公务用车购置" + FEE + ")"
                    + "|(?<vehicleOperation>公务用车运行(?:维护)?" + FEE + ")"
                    + "|(?<outbound>因公出国[（(]境[)）]" + FEE + ")"
                    + "|(?<reception>公务接待" + FEE + ")");
    private static final String[][] GROUPS = {
            {"total", "total"}, {"vehicleTotal", "vehicle_total"}, {"vehiclePurchase", "vehicle_purchase"},
            {"vehicleOperation", "vehicle_operation"}, {"outbound", "outbound"}, {"reception", "reception"}};

    private static final Pattern SPENT = Pattern.compile(
            "^(?:支出|开支)?(?:决算数?|预算数?)?(?:为|共计|合计)?" + NarrativeSection.AMOUNT + "万元");
    private static final Pattern RATE = Pattern.compile("完成(?:全年|年度)?预算(?:数)?(?:的)?"
            + NarrativeSection.AMOUNT + "[%％]");
    private static final Pattern PRINTED_BUDGET = Pattern.compile("(?:全年|年度)预算(?:数)?(?:的|为)?"
            + NarrativeSection.AMOUNT + "万元");
    private static final Pattern BUDGET_ARRANGED = Pattern.compile("预算安排(?:为)?" + NarrativeSection.AMOUNT + "万元");
    private static final Pattern NO_BUDGET = Pattern.compile("无预算安排|未安排预算");
    /** Spending compared with the year's budget without printing it: "与全年预算数持平", "比全年预算减少 1.20 万元". */
    private static final Pattern AGAINST_BUDGET = Pattern.compile("(?:与|比|较)(?:全年|年度)预算(?:数)?(?:相比)?[，,]?"
            + "(持平|增加|减少|节约|超支)(?:" + NarrativeSection.AMOUNT + "万元)?");
    private static final Pattern RECEPTION = Pattern.compile("(\\d+)批次[、，,]?(?:共|合计)?(\\d+)人次");
    private static final Pattern VEHICLES = Pattern.compile("公务用车保有量(?:为|共)?(\\d+)辆");

    @Override
    public ParsedFacts parse(NarrativeText text, DocumentIdentity identity) {
        ParsedFacts facts = ParsedFacts.empty();
        Optional<NarrativeSection> found = text.section(NarrativeTopic.SANGONG);
        if (found.isEmpty()) {
            return facts;
        }
        NarrativeSection section = found.get();
        boolean budgetDoc = identity.kind() == DocKind.BUDGET;
        Set<String> done = new HashSet<>();
        for (Mention mention : mentions(section)) {
            if (!done.contains(mention.category())
                    && (budgetDoc ? readBudget(section, mention, identity, facts) : readFinal(section, mention, identity, facts))) {
                done.add(mention.category());
            }
        }
        readReception(section, identity, facts);
        Optional<NarrativeSection> other = text.section(NarrativeTopic.OTHER_MATTERS);
        if (!readVehicles(section, identity, facts) && other.isPresent()) {
            readVehicles(other.get(), identity, facts);
        }
        return facts;
    }

    /** A category named in the text, and the stretch after it up to the next category or the sentence's end. */
    private record Mention(String category, int start, int from, int to) {
    }

    private static List<Mention> mentions(NarrativeSection section) {
        List<int[]> spans = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Matcher m = section.matcher(LABEL);
        while (m.find()) {
            for (String[] g : GROUPS) {
                if (m.group(g[0]) != null) {
                    categories.add(g[1]);
                    spans.add(new int[] {m.start(), m.end()});
                    break;
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int from = spans.get(i)[1];
            int to = section.sentenceEnd(from);
            if (i + 1 < spans.size()) {
                to = Math.min(to, spans.get(i + 1)[0]);
            }
            out.add(new Mention(categories.get(i), spans.get(i)[0], from, to));
        }
        return out;
    }

    private boolean readFinal(NarrativeSection section, Mention mention, DocumentIdentity id, ParsedFacts facts) {
        String stretch = section.body().substring(mention.from(), mention.to());
        Matcher spent = SPENT.matcher(stretch);
        if (!spent.find()) {
            return false;
        }
        BigDecimal amount = AmountText.parse(spent.group(1)).orElseThrow();
        String after = stretch.substring(spent.end());
        Matcher rate = RATE.matcher(after);
        BigDecimal ratePct = rate.find() ? AmountText.parse(rate.group(1)).orElseThrow() : null;
        Provenance where = section.provenance(mention.start());
        facts.sangong().add(new SangongFigure(id.fiscalYear(), mention.category(), SangongFigure.FINAL, amount,
                ratePct, Source.NARRATIVE, where));
        Matcher budget = PRINTED_BUDGET.matcher(after);
        if (budget.find()) {
            facts.sangong().add(new SangongFigure(id.fiscalYear(), mention.category(), SangongFigure.BUDGET,
                    AmountText.parse(budget.group(1)).orElseThrow(), null, Source.NARRATIVE, where));
        } else if (NO_BUDGET.matcher(after).find()) {
            facts.sangong().add(new SangongFigure(id.fiscalYear(), mention.category(), SangongFigure.BUDGET,
                    BigDecimal.ZERO, null, Source.NARRATIVE, where));
        } else {
            againstBudget(after).ifPresent(gap -> facts.stats().add(new StatFigure(id.fiscalYear(),
                    "change_vs_budget.sangong." + mention.category(), null, gap, StatFigure.WAN_YUAN,
                    Source.NARRATIVE, where)));
        }
        addChange(after, amount, "sangong." + mention.category(), id, where, facts);
        return true;
    }

    /** Spending minus the budget as the text states it (持平 → 0), when it states the comparison. */
    private static Optional<BigDecimal> againstBudget(String after) {
        Matcher m = AGAINST_BUDGET.matcher(after);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(1).equals("持平")) {
            return Optional.of(BigDecimal.ZERO);
        }
        if (m.group(2) == null) {
            return Optional.empty();
        }
        BigDecimal amount = AmountText.parse(m.group(2)).orElseThrow();
        boolean below = m.group(1).equals("减少") || m.group(1).equals("节约");
        return Optional.of(below ? amount.negate() : amount);
    }

    private boolean readBudget(NarrativeSection section, Mention mention, DocumentIdentity id, ParsedFacts facts) {
        String stretch = section.body().substring(mention.from(), mention.to());
        BigDecimal amount;
        String after;
        Matcher arranged = BUDGET_ARRANGED.matcher(stretch);
        Matcher spent = SPENT.matcher(stretch);
        Matcher none = NO_BUDGET.matcher(stretch);
        if (arranged.find()) {
            amount = AmountText.parse(arranged.group(1)).orElseThrow();
            after = stretch.substring(arranged.end());
        } else if (spent.find()) {
            amount = AmountText.parse(spent.group(1)).orElseThrow();
            after = stretch.substring(spent.end());
        } else if (none.find()) {
            amount = BigDecimal.ZERO;
            after = stretch.substring(none.end());
        } else {
            return false;
        }
        Provenance where = section.provenance(mention.start());
        facts.sangong().add(new SangongFigure(id.fiscalYear(), mention.category(), SangongFigure.BUDGET, amount,
                null, Source.NARRATIVE, where));
        addChange(after, amount, "sangong." + mention.category(), id, where, facts);
        return true;
    }

    private static void readReception(NarrativeSection section, DocumentIdentity id, ParsedFacts facts) {
        Matcher m = section.matcher(RECEPTION);
        if (m.find()) {
            Provenance where = section.provenance(m.start());
            facts.stats().add(new StatFigure(id.fiscalYear(), "reception.batches", null, new BigDecimal(m.group(1)),
                    "batches", Source.NARRATIVE, where));
            facts.stats().add(new StatFigure(id.fiscalYear(), "reception.person_times", null,
                    new BigDecimal(m.group(2)), "person_times", Source.NARRATIVE, where));
        }
    }

    private static boolean readVehicles(NarrativeSection section, DocumentIdentity id, ParsedFacts facts) {
        Matcher m = section.matcher(VEHICLES);
        if (!m.find()) {
            return false;
        }
        facts.stats().add(new StatFigure(id.fiscalYear(), "vehicles", null, new BigDecimal(m.group(1)), "vehicles",
                Source.NARRATIVE, section.provenance(m.start())));
        return true;
    }
}
