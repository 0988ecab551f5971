package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Source;

/**
 * A 三公 total (or 公务用车购置及运行维护费) the document does not state but whose parts it does: the fund centre's 2025
 * budget states each category (0, 2, 0, 0) and no total → total 2. For every year and phase the facts hold.
 */
class SangongTotalDerivation implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        Set<String> yearPhases = new LinkedHashSet<>();
        r.facts().sangong().forEach(f -> yearPhases.add(f.fiscalYear() + " " + f.phase()));
        ParsedFacts derived = ParsedFacts.empty();
        for (String yp : yearPhases) {
            int year = Integer.parseInt(yp.substring(0, 4));
            String phase = yp.substring(5);
            StatedFigures figures = new StatedFigures(r.facts(), year);
            Optional<SangongFigure> vehicles = best(figures, "vehicle_total", phase);
            if (vehicles.isEmpty()) {
                vehicles = sum(figures, year, phase, "vehicle_total", List.of("vehicle_purchase", "vehicle_operation"));
                vehicles.ifPresent(derived.sangong()::add);
            }
            if (best(figures, "total", phase).isEmpty() && vehicles.isPresent()) {
                Optional<SangongFigure> outbound = best(figures, "outbound", phase);
                Optional<SangongFigure> reception = best(figures, "reception", phase);
                if (outbound.isPresent() && reception.isPresent()) {
                    List<SangongFigure> parts = List.of(outbound.get(), vehicles.get(), reception.get());
                    derived.sangong().add(total(year, phase, "total", parts));
                }
            }
        }
        if (!derived.sangong().isEmpty()) {
            r.derive(derived);
        }
    }

    private static Optional<SangongFigure> best(StatedFigures figures, String category, String phase) {
        return figures.sangongAll(category, phase).stream().findFirst();
    }

    private static Optional<SangongFigure> sum(StatedFigures figures, int year, String phase, String category,
                                               List<String> parts) {
        List<Optional<SangongFigure>> found = parts.stream().map(p -> best(figures, p, phase)).toList();
        if (found.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(total(year, phase, category, found.stream().map(Optional::get).toList()));
    }

    private static SangongFigure total(int year, String phase, String category, List<SangongFigure> parts) {
        BigDecimal sum = parts.stream().map(SangongFigure::amountWan).reduce(BigDecimal.ZERO, BigDecimal::add);
        String formula = String.join(" + ", parts.stream().map(p -> p.amountWan().toPlainString()).toList());
        return new SangongFigure(year, category, phase, Derivation.wan(sum), null, Source.DERIVED,
                Derivation.provenance(parts.get(0).provenance(), MetricNames.sangong(category) + " = " + formula));
    }
}
