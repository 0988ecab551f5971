package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Source;

/**
 * {@code SANGONG.ITEMS_SUM.<PHASE>.<SOURCE>} / {@code SANGONG.VEHICLE_SUM.<PHASE>.<SOURCE>}: 三公 items add up,
 * total = 因公出国 + 公务用车购置及运行维护费 + 公务接待费, and the vehicle line = 购置 + 运行维护, for each phase and each
 * source that states them (the table and the narrative are checked separately; a repaired table figure stands for
 * the table).
 */
class SangongSumCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        Map<String, Map<Source, List<SangongFigure>>> byPhase = r.facts().sangong().stream()
                .filter(f -> f.fiscalYear() == r.year())
                .filter(f -> f.source() != Source.DERIVED)
                .collect(Collectors.groupingBy(SangongFigure::phase,
                        Collectors.groupingBy(f -> f.source() == Source.REPAIRED ? Source.TABLE : f.source())));
        byPhase.forEach((phase, bySource) -> bySource.forEach((source, figures) -> {
            String suffix = "." + phase.toUpperCase() + "." + source.name();
            Optional<BigDecimal> total = amount(figures, "total");
            Optional<BigDecimal> outbound = amount(figures, "outbound");
            Optional<BigDecimal> reception = amount(figures, "reception");
            Optional<BigDecimal> purchase = amount(figures, "vehicle_purchase");
            Optional<BigDecimal> operation = amount(figures, "vehicle_operation");
            Optional<BigDecimal> vehicles = amount(figures, "vehicle_total")
                    .or(() -> purchase.isPresent() && operation.isPresent()
                            ? Optional.of(purchase.get().add(operation.get())) : Optional.empty());
            if (total.isPresent() && outbound.isPresent() && reception.isPresent() && vehicles.isPresent()) {
                r.record(CheckOutcome.sum("SANGONG.ITEMS_SUM" + suffix, "total", total.get(),
                        List.of(outbound.get(), vehicles.get(), reception.get()),
                        List.of("因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"), r.tolerance()));
            }
            Optional<BigDecimal> statedVehicles = amount(figures, "vehicle_total");
            if (statedVehicles.isPresent() && purchase.isPresent() && operation.isPresent()) {
                r.record(CheckOutcome.sum("SANGONG.VEHICLE_SUM" + suffix, "vehicle_total", statedVehicles.get(),
                        List.of(purchase.get(), operation.get()), List.of("公务用车购置费", "公务用车运行维护费"),
                        r.tolerance()));
            }
        }));
    }

    private static Optional<BigDecimal> amount(List<SangongFigure> figures, String category) {
        return figures.stream().filter(f -> f.category().equals(category))
                .sorted(java.util.Comparator.comparingInt(f -> StatedFigures.rank(f.source())))
                .map(SangongFigure::amountWan).findFirst();
    }
}
