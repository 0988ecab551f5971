package org.fiscalwarehouse.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.fiscalwarehouse.golden.GoldenFact;
import org.fiscalwarehouse.golden.GoldenFacts;
import org.fiscalwarehouse.parse.NarrativeCorpus.Sample;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For each sample text document: runs all narrative parsers and compares with the golden rows of the metrics the
 * narrative states. Prints matched/total; every row the document's narrative actually states must match.
 */
class NarrativeFiguresGoldenTest {

    /** Golden metrics that only a table states (the narrative does not print them): reported, not required. */
    private static final Set<String> TABLE_ONLY = Set.of("t01.carryover_begin", "t01.carryover_end", "t05.gpb_project");

    @ParameterizedTest
    @ValueSource(strings = {"fuzhou-ybj-2023-final.txt", "fujian-fund-centre-2023-final.txt",
            "xiamen-ybj-2023-final.txt", "fujian-fund-centre-2025-budget.txt", "quanzhou-ybj-2024-final.txt"})
    void readsTheGoldenNarrativeFiguresOf(String file) throws Exception {
        Sample sample = NarrativeCorpus.sample(file);
        ParsedFacts facts = new NarrativeFiguresParser().parse(NarrativeCorpus.read(file), sample.identity());

        List<GoldenFact> rows = GoldenFacts.all().stream()
                .filter(r -> r.doc().startsWith(sample.goldenPrefix()))
                .filter(NarrativeFiguresGoldenTest::inScope)
                .toList();
        List<GoldenFact> missed = new ArrayList<>();
        List<GoldenFact> required = new ArrayList<>();
        int matched = 0;
        for (GoldenFact r : rows) {
            if (matches(r, facts, sample.identity())) {
                matched++;
            } else {
                missed.add(r);
                if (!TABLE_ONLY.contains(r.metric())) {
                    required.add(r);
                }
            }
        }
        System.out.printf("narrative coverage %s: %d/%d golden rows (unmatched table-only: %d)%n", file, matched,
                rows.size(), missed.size() - required.size());
        missed.forEach(r -> System.out.println("  missed " + r));
        assertThat(required).as("golden rows stated in the narrative but not read").isEmpty();
        assertThat(facts.stats()).allMatch(s -> s.source() == Source.NARRATIVE && s.provenance() != null);
    }

    private static boolean inScope(GoldenFact r) {
        if (!r.confidence().equals("high") && !r.confidence().equals("medium")) {
            return false;
        }
        String m = r.metric();
        if (m.equals("sangong.budget")) {
            return r.confidence().equals("medium"); // the high ones are read from the 三公 table
        }
        return m.startsWith("t01.") || m.startsWith("t03.") || m.startsWith("t04.") || m.startsWith("t05.")
                || m.startsWith("t06.") || m.startsWith("budget.") || m.startsWith("reception.")
                || m.startsWith("procurement.") || m.equals("admin_operating_cost") || m.equals("headcount")
                || m.equals("vehicles") || m.equals("sangong.actual") || m.equals("sangong.execution_rate");
    }

    static boolean matches(GoldenFact r, ParsedFacts facts, DocumentIdentity id) {
        BigDecimal value = r.value();
        String item = r.item().isEmpty() ? null : r.item();
        return switch (r.metric()) {
            case "t05.subject", "budget.subject" -> facts.funcAmounts().stream().anyMatch(f ->
                    f.tableCode().equals(r.metric().equals("t05.subject") ? "T05" : "B05")
                            && f.subjectCode().equals(item) && f.measure().equals("total")
                            && f.amountWan().compareTo(value) == 0 && f.source() == Source.NARRATIVE);
            case "sangong.actual" -> facts.sangong().stream().anyMatch(s -> s.category().equals(item)
                    && s.phase().equals(SangongFigure.FINAL) && s.amountWan().compareTo(value) == 0
                    && s.fiscalYear() == id.fiscalYear());
            case "sangong.budget" -> facts.sangong().stream().anyMatch(s -> s.category().equals(item)
                    && s.phase().equals(SangongFigure.BUDGET) && s.amountWan().compareTo(value) == 0
                    && s.fiscalYear() == id.fiscalYear());
            case "sangong.execution_rate" -> facts.sangong().stream().anyMatch(s -> s.category().equals(item)
                    && s.phase().equals(SangongFigure.FINAL) && s.statedRatePct() != null
                    && s.statedRatePct().compareTo(value) == 0);
            default -> facts.stats().stream().anyMatch(s -> s.metric().equals(r.metric())
                    && Objects.equals(s.item(), item) && s.value().compareTo(value) == 0
                    && s.valueUnit().equals(r.unitOfValue()) && s.fiscalYear() == id.fiscalYear());
        };
    }
}
