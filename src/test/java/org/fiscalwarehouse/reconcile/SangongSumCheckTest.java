package org.fiscalwarehouse.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.document;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.results;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.sangong;

import java.util.List;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Source;
import org.junit.jupiter.api.Test;

class SangongSumCheckTest {

    @Test
    void checksTableAndNarrativeSeparatelyForEachPhase() {
        // Xiamen 2023 决算: 合计 10.43 vs 6.46 + 0 + 3.98 = 10.44, within one cent per term
        ParsedFacts facts = ParsedFacts.empty();
        facts.sangong().addAll(List.of(
                sangong("total", "final", "10.43", Source.TABLE), sangong("outbound", "final", "6.46", Source.TABLE),
                sangong("vehicle_total", "final", "0", Source.TABLE),
                sangong("vehicle_purchase", "final", "0", Source.TABLE),
                sangong("vehicle_operation", "final", "0", Source.TABLE),
                sangong("reception", "final", "3.98", Source.TABLE),
                sangong("total", "budget", "15.46", Source.TABLE), sangong("outbound", "budget", "6.46", Source.TABLE),
                sangong("vehicle_total", "budget", "0", Source.TABLE),
                sangong("reception", "budget", "9.00", Source.TABLE),
                sangong("total", "final", "12.00", Source.NARRATIVE),
                sangong("outbound", "final", "6.46", Source.NARRATIVE),
                sangong("vehicle_total", "final", "0", Source.NARRATIVE),
                sangong("reception", "final", "3.98", Source.NARRATIVE)));

        List<CheckResult> results = results(document(2023, facts), new SangongSumCheck());

        assertThat(results).extracting(CheckResult::checkCode, CheckResult::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("SANGONG.ITEMS_SUM.FINAL.TABLE", CheckStatus.PASS),
                org.assertj.core.groups.Tuple.tuple("SANGONG.VEHICLE_SUM.FINAL.TABLE", CheckStatus.PASS),
                org.assertj.core.groups.Tuple.tuple("SANGONG.ITEMS_SUM.BUDGET.TABLE", CheckStatus.PASS),
                org.assertj.core.groups.Tuple.tuple("SANGONG.ITEMS_SUM.FINAL.NARRATIVE", CheckStatus.FAIL));
    }
}
