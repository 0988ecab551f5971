package org.fiscalwarehouse.parse;

import org.fiscalwarehouse.golden.GoldenFact;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Looks up parsed facts the way the golden file names them. */
final class FactsAssert {

    private FactsAssert() {
    }

    static Optional<BigDecimal> stat(ParsedFacts facts, String metric) {
        List<StatFigure> found = facts.stats().stream().filter(s -> s.metric().equals(metric)).toList();
        assertThat(found.size()).as("how many %s", metric).isLessThanOrEqualTo(1);
        return found.stream().map(StatFigure::value).findFirst();
    }

    static Optional<BigDecimal> func(ParsedFacts facts, String code, String measure) {
        List<FuncAmount> found = facts.funcAmounts().stream()
                .filter(f -> f.subjectCode().equals(code) && f.measure().equals(measure)).toList();
        assertThat(found.size()).as("how many %s %s", code, measure).isLessThanOrEqualTo(1);
        return found.stream().map(FuncAmount::amountWan).findFirst();
    }

    static Optional<BigDecimal> econ(ParsedFacts facts, String code) {
        List<EconAmount> found = facts.econAmounts().stream().filter(e -> e.econCode().equals(code)).toList();
        assertThat(found.size()).as("how many %s", code).isLessThanOrEqualTo(1);
        return found.stream().map(EconAmount::amountWan).findFirst();
    }

    /** Every golden row: a t05.subject row is the T05 total of its code, any other metric a StatFigure. */
    static int assertGolden(ParsedFacts facts, List<GoldenFact> golden) {
        assertThat(golden).isNotEmpty();
        for (GoldenFact g : golden) {
            Optional<BigDecimal> actual = g.metric().equals("t05.subject")
                    ? func(facts, g.item(), "total") : stat(facts, g.metric());
            assertThat(actual).as("%s %s %s", g.doc(), g.metric(), g.item()).isPresent();
            assertThat(actual.get()).as("%s %s %s", g.doc(), g.metric(), g.item()).isEqualByComparingTo(g.value());
        }
        return golden.size();
    }
}
