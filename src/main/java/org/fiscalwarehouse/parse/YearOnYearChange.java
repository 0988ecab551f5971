package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stated change on the year before, as the narrative words it after a figure: "比上年决算数减少220.01万元，下降6.55%",
 * "与上年决算数相比，增加21950.48万元", "较上年持平", "比上年决算数增长 1.85%" (a rate without an amount).
 *
 * @param amountWan signed change in 万元 (减少 → negative; 持平 → 0), or null when only a rate is stated
 * @param pct       signed stated growth rate, or null when none is stated or it is growth from a zero base
 *                  ("增长 0%"/"增长 100%" when last year was nothing: the rate is undefined there)
 * @param zeroBasePct the rate stated on a zero base, kept apart (not a rate) so that a check can report it
 */
public record YearOnYearChange(BigDecimal amountWan, BigDecimal pct, BigDecimal zeroBasePct) {

    private static final String COMPARED = "(?:(?:较|比|与|同)上年(?:度)?(?:同期)?(?:决算|预算)?(?:数)?(?:相比|比较)?|同比)";
    private static final Pattern CHANGE = Pattern.compile(COMPARED
            + "[，,]?(?:各|均)?(?:净)?(增加|减少|增长|下降|降低|持平)(?:了|为)?(?:" + NarrativeSection.AMOUNT
            + "(万元|%|％))?");
    private static final Pattern RATE_AFTER = Pattern.compile("^[，,]?(?:同比)?(增长|下降|降低|减少|增幅为?|降幅为?)"
            + NarrativeSection.AMOUNT + "[%％]");

    /**
     * The change stated in the text after a figure (up to the end of its sentence).
     *
     * @param after   the text following the figure's 万元
     * @param current the figure itself, to tell a zero-base growth rate
     */
    public static Optional<YearOnYearChange> read(String after, BigDecimal current) {
        Matcher m = CHANGE.matcher(after);
        if (!m.find()) {
            return Optional.empty();
        }
        String verb = m.group(1);
        if (verb.equals("持平")) {
            return Optional.of(new YearOnYearChange(BigDecimal.ZERO, null, null));
        }
        if (m.group(2) == null) {
            return Optional.empty();
        }
        BigDecimal value = AmountText.parse(m.group(2)).orElseThrow();
        boolean down = verb.equals("减少") || verb.equals("下降") || verb.equals("降低");
        BigDecimal signed = down ? value.negate() : value;
        if (!m.group(3).equals("万元")) {
            return Optional.of(new YearOnYearChange(null, signed, null));
        }
        BigDecimal pct = null;
        Matcher r = RATE_AFTER.matcher(after.substring(m.end()));
        if (r.find()) {
            String rv = r.group(1);
            BigDecimal p = AmountText.parse(r.group(2)).orElseThrow();
            pct = rv.startsWith("下降") || rv.startsWith("降低") || rv.startsWith("减少") || rv.startsWith("降幅")
                    ? p.negate() : p;
        }
        if (pct != null && current != null && current.subtract(signed).signum() == 0) {
            // last year was zero: "增长 0%" / "增长 100%" is not a rate
            return Optional.of(new YearOnYearChange(signed, null, pct));
        }
        return Optional.of(new YearOnYearChange(signed, pct, null));
    }
}
