package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * Looks up what a document states for a figure of a given year. "Stated" means printed or repaired: a repaired
 * value first, then the table, then the narrative; derived figures are only returned where asked for, so that an
 * identity is never checked against a value computed from it.
 */
final class StatedFigures {

    private final ParsedFacts facts;
    private final int year;

    StatedFigures(ParsedFacts facts, int year) {
        this.facts = facts;
        this.year = year;
    }

    static StatedFigures of(Reconciliation r) {
        return new StatedFigures(r.facts(), r.year());
    }

    /** Repaired, then table, then narrative, then derived. */
    static int rank(Source source) {
        return switch (source) {
            case REPAIRED -> 0;
            case TABLE -> 1;
            case NARRATIVE -> 2;
            case DERIVED -> 3;
        };
    }

    /** The best stated (not derived) whole-document figure for the metric. */
    Optional<StatFigure> stat(String metric) {
        return stats(metric, null).filter(s -> s.source() != Source.DERIVED).findFirst();
    }

    Optional<StatFigure> stat(String metric, Source source) {
        return stats(metric, null).filter(s -> s.source() == source).findFirst();
    }

    Optional<BigDecimal> value(String metric) {
        return stat(metric).map(StatFigure::value);
    }

    /** The figures for the metric and item (null: the whole document), best first. */
    private java.util.stream.Stream<StatFigure> stats(String metric, String item) {
        return facts.stats().stream()
                .filter(s -> s.fiscalYear() == year && s.metric().equals(metric) && Objects.equals(s.item(), item))
                .sorted(Comparator.comparingInt(s -> rank(s.source())));
    }

    /** Whether any figure (of any source) is known for the metric. */
    boolean knows(String metric) {
        return stats(metric, null).findAny().isPresent();
    }

    /** The best stated 三公 figure of the year for the category and phase. */
    Optional<SangongFigure> sangong(String category, String phase) {
        return sangongAll(category, phase).stream().filter(f -> f.source() != Source.DERIVED).findFirst();
    }

    /** Every 三公 figure of the year for the category and phase, best first (derived last). */
    List<SangongFigure> sangongAll(String category, String phase) {
        return facts.sangong().stream()
                .filter(f -> f.fiscalYear() == year && f.category().equals(category) && f.phase().equals(phase))
                .sorted(Comparator.comparingInt(f -> rank(f.source())))
                .toList();
    }

    /** The subject's figure in a table's column from the given source. */
    Optional<FuncAmount> func(String table, String code, String measure, Source source) {
        return facts.funcAmounts().stream()
                .filter(f -> f.tableCode().equals(table) && f.subjectCode().equals(code) && f.measure().equals(measure)
                        && f.source() == source)
                .findFirst();
    }

    /** Whether the table was read at all (any of its figures came from the table). */
    boolean hasTable(String table) {
        return facts.funcAmounts().stream().anyMatch(f -> f.tableCode().equals(table) && f.source() != Source.NARRATIVE
                && f.source() != Source.DERIVED);
    }
}
