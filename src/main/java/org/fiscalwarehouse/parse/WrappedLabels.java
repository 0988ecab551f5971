package org.fiscalwarehouse.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The label cells of a performance indicator row that a plain-text extraction wrapped onto lines of their own
 * ("质量指标" / "临聘人员费用发放零差" / "错率" above "=100% 100 10 10"), read from their tokens. The merged 一级/二级
 * cells end in 指标 (a wrapped one ends so on its last fragment: "服务对象满意" + "度指标"); whatever follows the last
 * such label is the 三级指标 name, its fragments joined.
 */
record WrappedLabels(Optional<String> level1, Optional<String> level2, Optional<String> indicator) {

    private static final String LEVEL_SUFFIX = "指标";
    /** The 一级指标 of the national performance framework; any other level label is a 二级指标. */
    private static final Set<String> LEVEL1_NAMES =
            Set.of("产出指标", "效益指标", "满意度指标", "成本指标", "效果指标", "过程指标", "决策指标", "管理指标");
    /** Longer than any level label: such a run is header or note text, not labels. */
    private static final int MAX_LEVEL_LABEL = 12;
    private static final Pattern VALUE_START = Pattern.compile("^[\\d≥≤=<>＞＜≦≧≠].*");

    /**
     * @param tokens        the wrapped lines' tokens, top to bottom
     * @param valuesWrapped whether the row's target and actual wrapped too: they follow the name, from the first
     *                      token that starts like a value (a digit or a comparison)
     */
    static WrappedLabels of(List<String> tokens, boolean valuesWrapped) {
        int namesFrom = 0;
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            joined.append(PerformanceText.compact(tokens.get(i)));
            if (joined.toString().endsWith(LEVEL_SUFFIX)) {
                namesFrom = i + 1;
            }
        }
        int namesTo = tokens.size();
        if (valuesWrapped) {
            for (int i = namesFrom; i < tokens.size(); i++) {
                if (VALUE_START.matcher(tokens.get(i)).matches()) {
                    namesTo = i;
                    break;
                }
            }
        }
        String name = PerformanceText.clean(String.join(" ", tokens.subList(namesFrom, namesTo)));
        Optional<String> level1 = Optional.empty();
        Optional<String> level2 = Optional.empty();
        for (String label : levelLabels(PerformanceText.compact(String.join("", tokens.subList(0, namesFrom))))) {
            if (LEVEL1_NAMES.contains(label)) {
                level1 = Optional.of(label);
            } else {
                level2 = Optional.of(label);
            }
        }
        return new WrappedLabels(level1, level2, name.isEmpty() ? Optional.empty() : Optional.of(name));
    }

    /** "效益指标社会效益指标" → [效益指标, 社会效益指标]; nothing when a piece is too long to be a label. */
    private static List<String> levelLabels(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int end = text.indexOf(LEVEL_SUFFIX); end >= 0; end = text.indexOf(LEVEL_SUFFIX, from)) {
            String piece = text.substring(from, end + LEVEL_SUFFIX.length());
            if (piece.length() > MAX_LEVEL_LABEL) {
                return List.of();
            }
            out.add(piece);
            from = end + LEVEL_SUFFIX.length();
        }
        return out;
    }
}
