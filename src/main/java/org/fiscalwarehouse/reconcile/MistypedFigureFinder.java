package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds a printed figure that is mistyped: one cell that takes part in at least two identities which fail, and which
 * read as one value makes every identity it takes part in hold. The value is a typing slip of the printed one (one
 * digit changed, added, dropped, or two neighbours swapped) when exactly one such slip fits; otherwise the value the
 * failing identities imply, when they all imply the same one within rounding. A cell is only fixed when no other
 * candidate shares one of its failing identities: the fix must be unique.
 *
 * @param <K> how a cell is named (a subject and column, a funding row and column)
 */
final class MistypedFigureFinder<K> {

    /** An identity over some cells. */
    interface Constraint<K> {

        List<K> cells();

        boolean holds(Function<K, BigDecimal> read);

        /** The value the cell must take for the identity to hold exactly, when it pins one (a sum does). */
        Optional<BigDecimal> solveFor(K cell, Function<K, BigDecimal> read);

        /** How many rounded terms the identity adds (fewer: its implied value is the more exact). */
        int terms();

        String describe();
    }

    /** total = Σ parts, within the tolerance for the number of parts. */
    record Sum<K>(K total, List<K> parts, Tolerance tolerance, String describe) implements Constraint<K> {

        @Override
        public List<K> cells() {
            List<K> all = new ArrayList<>();
            all.add(total);
            all.addAll(parts);
            return all;
        }

        @Override
        public boolean holds(Function<K, BigDecimal> read) {
            return tolerance.agrees(read.apply(total), sumOf(parts, read), parts.size());
        }

        @Override
        public Optional<BigDecimal> solveFor(K cell, Function<K, BigDecimal> read) {
            if (cell.equals(total)) {
                return Optional.of(sumOf(parts, read));
            }
            List<K> others = new ArrayList<>(parts);
            others.remove(cell);
            return Optional.of(read.apply(total).subtract(sumOf(others, read)));
        }

        @Override
        public int terms() {
            return parts.size();
        }

        private static <K> BigDecimal sumOf(List<K> cells, Function<K, BigDecimal> read) {
            return cells.stream().map(read).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** A fix: the cell, its printed value, the value that makes its identities hold, and the identities that failed. */
    record Fix<K>(K cell, BigDecimal printed, BigDecimal value, boolean typingSlip, List<Constraint<K>> failing) {
    }

    private MistypedFigureFinder() {
    }

    static <K> List<Fix<K>> find(Map<K, BigDecimal> printed, List<? extends Constraint<K>> constraints,
                                 Predicate<K> repairable) {
        Function<K, BigDecimal> read = printed::get;
        List<Constraint<K>> failing = new ArrayList<>();
        for (Constraint<K> c : constraints) {
            if (!c.holds(read)) {
                failing.add(c);
            }
        }
        Set<K> suspects = new LinkedHashSet<>();
        failing.forEach(c -> suspects.addAll(c.cells()));
        List<Fix<K>> fixes = new ArrayList<>();
        for (K cell : suspects) {
            if (!repairable.test(cell)) {
                continue;
            }
            List<Constraint<K>> mine = constraints.stream().filter(c -> c.cells().contains(cell))
                    .map(c -> (Constraint<K>) c).toList();
            List<Constraint<K>> myFailing = failing.stream().filter(c -> c.cells().contains(cell)).toList();
            if (myFailing.size() < 2) {
                continue;
            }
            fix(cell, printed, mine, myFailing).ifPresent(fixes::add);
        }
        // two candidates explaining the same failing identity: the arithmetic does not say which one is wrong
        List<Fix<K>> unique = new ArrayList<>();
        for (Fix<K> f : fixes) {
            boolean shared = fixes.stream().anyMatch(o -> o != f && o.failing().stream().anyMatch(f.failing()::contains));
            if (!shared) {
                unique.add(f);
            }
        }
        return unique;
    }

    private static <K> Optional<Fix<K>> fix(K cell, Map<K, BigDecimal> printed, List<Constraint<K>> mine,
                                            List<Constraint<K>> myFailing) {
        BigDecimal value = printed.get(cell);
        List<BigDecimal> slips = TypingSlips.of(value).stream().filter(v -> allHold(cell, v, printed, mine)).toList();
        if (slips.size() == 1) {
            return Optional.of(new Fix<>(cell, value, slips.get(0), true, myFailing));
        }
        if (!slips.isEmpty()) {
            return Optional.empty();
        }
        Constraint<K> tightest = null;
        for (Constraint<K> c : myFailing) {
            if (c.solveFor(cell, printed::get).isEmpty()) {
                return Optional.empty();
            }
            if (tightest == null || c.terms() < tightest.terms()) {
                tightest = c;
            }
        }
        BigDecimal implied = tightest.solveFor(cell, printed::get).orElseThrow();
        if (implied.signum() < 0 || !allHold(cell, implied, printed, mine)) {
            return Optional.empty();
        }
        return Optional.of(new Fix<>(cell, value, implied, false, myFailing));
    }

    private static <K> boolean allHold(K cell, BigDecimal value, Map<K, BigDecimal> printed,
                                       List<Constraint<K>> constraints) {
        Map<K, BigDecimal> reading = new HashMap<>(printed);
        reading.put(cell, value);
        return constraints.stream().allMatch(c -> c.holds(reading::get));
    }
}
