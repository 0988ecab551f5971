package org.fiscalwarehouse.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.document;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.results;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.t01;

import java.util.List;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.junit.jupiter.api.Test;

class IncomeExpenseBalanceCheckTest {

    @Test
    void passesXiamenTable01WithinRoundingAndSaysSo() {
        // Xiamen 2023: 126,998.81 + 822.07 = 127,820.88 against 总计 127,820.89 (尾数误差)
        ParsedFacts facts = ParsedFacts.empty();
        facts.stats().addAll(List.of(t01("t01.grand_total", "127820.89"), t01("t01.income_total", "126998.81"),
                t01("t01.carryover_begin", "822.07"), t01("t01.expense_total", "126687.25"),
                t01("t01.carryover_end", "1133.63")));

        List<CheckResult> results = results(document(2023, facts), new IncomeExpenseBalanceCheck());

        assertThat(results).extracting(CheckResult::checkCode)
                .containsExactly("T01.BALANCE.INCOME_SIDE", "T01.BALANCE.EXPENSE_SIDE");
        assertThat(results).allMatch(r -> r.status() == CheckStatus.PASS);
        assertThat(results.get(0).message()).contains("127820.88").contains("尾数误差");
    }

    @Test
    void failsWhenTheTotalsDisagreeBeyondRounding() {
        ParsedFacts facts = ParsedFacts.empty();
        facts.stats().addAll(List.of(t01("t01.grand_total", "3213.66"), t01("t01.income_total", "3139.49"),
                t01("t01.carryover_begin", "70.17")));

        CheckResult r = results(document(2023, facts), new IncomeExpenseBalanceCheck()).get(0);

        assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.severity()).isEqualTo(CheckResult.ERROR);
        assertThat(r.expectedWan()).isEqualByComparingTo("3213.66");
        assertThat(r.actualWan()).isEqualByComparingTo("3209.66");
        assertThat(r.message()).contains("difference 4.00");
    }

    @Test
    void aToleranceOfTwoCentsATermPassesWhatTheDefaultFails() {
        ParsedFacts facts = ParsedFacts.empty();
        facts.stats().addAll(List.of(t01("t01.grand_total", "100.00"), t01("t01.income_total", "99.95")));
        Reconciliation lax = new Reconciliation(document(2023, facts), new Tolerance(new java.math.BigDecimal("0.02")),
                List::of);

        new IncomeExpenseBalanceCheck().check(lax);

        // three terms (income, the blank 使用非财政拨款结余, the blank 年初结转): 0.06 allowed, 0.05 missing
        assertThat(lax.results().get(0).status()).isEqualTo(CheckStatus.PASS);
        assertThat(results(document(2023, facts), new IncomeExpenseBalanceCheck()).get(0).status())
                .isEqualTo(CheckStatus.FAIL);
    }
}
