package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscalwarehouse.parse.PerformanceIndicator;

/**
 * {@code PERFORMANCE.INDICATOR_AGREES}: the whole-unit self-evaluation (整体) restates indicators of the project
 * tables; where both print an indicator of the same name (whitespace, a bracketed unit such as "(元)" and a cut-off
 * last character aside), its 年度指标值 and its 实际完成值 agree. Figures are compared as numbers with their unit (a
 * unit printed on one side only does not count; "≥" against "=" neither); other texts as printed. A name printed
 * twice in either table is ambiguous and skipped. A difference is a finding (warning): the tables do not say which
 * is right. Only self-evaluations are compared (both rows print a 实际完成值): a budget's target tables may set the
 * whole unit a target of its own.
 */
class PerformanceIndicatorAgreementCheck implements ReconciliationCheck {

    private static final Pattern FIGURE = Pattern.compile("^[<>≤≥=＝]*\\s*(\\d+(?:\\.\\d+)?)\\s*(\\S*)$");

    @Override
    public void check(Reconciliation r) {
        List<PerformanceIndicator> all = r.facts().indicators();
        List<PerformanceIndicator> whole = all.stream()
                .filter(i -> i.projectNameZh().equals(SelfEvaluations.WHOLE_UNIT)).toList();
        for (PerformanceIndicator w : whole) {
            if (whole.stream().filter(o -> sameName(o, w)).count() != 1) {
                continue;
            }
            for (String project : all.stream().map(PerformanceIndicator::projectNameZh).distinct()
                    .filter(p -> !p.equals(SelfEvaluations.WHOLE_UNIT)).toList()) {
                List<PerformanceIndicator> matches = all.stream()
                        .filter(i -> i.projectNameZh().equals(project) && sameName(i, w)).toList();
                if (matches.size() == 1 && hasActual(w) && hasActual(matches.get(0))) {
                    compare(r, w, matches.get(0), "target", w.targetText(), matches.get(0).targetText());
                    compare(r, w, matches.get(0), "actual", w.actualText(), matches.get(0).actualText());
                }
            }
        }
    }

    private static void compare(Reconciliation r, PerformanceIndicator whole, PerformanceIndicator project,
                                String what, String wholeText, String projectText) {
        if (wholeText == null || projectText == null || wholeText.isBlank() || projectText.isBlank()) {
            return;
        }
        boolean ok = agree(wholeText, projectText);
        String column = what.equals("target") ? "年度指标值" : "实际完成值";
        r.record(CheckOutcome.finding("PERFORMANCE.INDICATOR_AGREES", project.indicatorZh() + " " + what, ok,
                column + ": " + SelfEvaluations.WHOLE_UNIT + " prints " + wholeText.strip() + ", "
                        + project.projectNameZh() + " prints " + projectText.strip(), CheckResult.WARNING));
    }

    static boolean agree(String a, String b) {
        Matcher x = FIGURE.matcher(SubjectNames.squash(a));
        Matcher y = FIGURE.matcher(SubjectNames.squash(b));
        if (x.matches() && y.matches()) {
            return new BigDecimal(x.group(1)).compareTo(new BigDecimal(y.group(1))) == 0
                    && (x.group(2).isEmpty() || y.group(2).isEmpty() || x.group(2).equals(y.group(2)));
        }
        return Objects.equals(SubjectNames.squash(a), SubjectNames.squash(b));
    }

    private static boolean hasActual(PerformanceIndicator i) {
        return i.actualText() != null && !i.actualText().isBlank();
    }

    private static boolean sameName(PerformanceIndicator a, PerformanceIndicator b) {
        String x = name(a.indicatorZh());
        String y = name(b.indicatorZh());
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        // a cell that lost its last character ("…资金到位" for "…资金到位率")
        return shorter.equals(longer) || (longer.length() - shorter.length() == 1 && longer.startsWith(shorter)
                && shorter.length() >= 6);
    }

    private static String name(String printed) {
        return SubjectNames.squash(printed).replaceAll("[(（][^)）]*[)）]$", "");
    }
}
