package org.fiscalwarehouse.warehouse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A subject classification's dimension (功能分类 or 经济分类) built from the codes the facts use: every code, and
 * every parent of it (a 7-digit 项 brings its 5-digit 款 and 3-digit 类), each with a name and its parent.
 *
 * <p>The name is the documents' own where one prints it. The bundled national list ({@link SubjectReference})
 * decides only where the documents cannot: a code never printed with a name (typically a parent), a name printed
 * cut off by its cell (the reference name starts with it), or documents that disagree when one of them prints the
 * national name (a misprint elsewhere). Otherwise the name most documents print wins, first printed on a tie, so a
 * unit's own wording of a subject (e.g. 死亡抚恤支出) is kept.
 */
public final class SubjectDimension {

    private static final String[] LEVEL_NAMES = {"类", "款", "项"};

    /** One dimension row; {@code nameSource} is {@code document}, {@code reference} or null (no name known). */
    public record Member(String code, String nameZh, String level, String parentCode, String nameSource) {
    }

    private final int[] levelLengths;
    private final SubjectReference reference;
    /** printed names per code, each with how often it was printed, in first-printed order */
    private final Map<String, Map<String, Integer>> printed = new TreeMap<>();

    /** @param levelLengths code lengths of the levels, top first: {3, 5, 7} for 功能分类, {3, 5} for 经济分类 */
    public SubjectDimension(SubjectReference reference, int... levelLengths) {
        this.reference = reference;
        this.levelLengths = levelLengths.clone();
    }

    public static SubjectDimension functional() {
        return new SubjectDimension(SubjectReference.functional(), 3, 5, 7);
    }

    public static SubjectDimension economic() {
        return new SubjectDimension(SubjectReference.economic(), 3, 5);
    }

    /** Records a code a fact uses, with the name printed beside it (null or blank when none). */
    public void add(String code, String printedName) {
        if (code == null || code.isBlank()) {
            return;
        }
        Map<String, Integer> names = printed.computeIfAbsent(code.strip(), c -> new LinkedHashMap<>());
        String name = normalise(printedName);
        if (name != null) {
            names.merge(name, 1, Integer::sum);
        }
    }

    /** Every used code and all their parents, sorted by code. */
    public List<Member> members() {
        TreeMap<String, Member> members = new TreeMap<>();
        for (String code : printed.keySet()) {
            for (String c : withParents(code)) {
                members.computeIfAbsent(c, this::member);
            }
        }
        return new ArrayList<>(members.values());
    }

    private Member member(String code) {
        int level = levelIndex(code);
        String parent = level > 0 ? code.substring(0, levelLengths[level - 1]) : null;
        Naming naming = name(code);
        return new Member(code, naming.name(), level < 0 ? null : LEVEL_NAMES[level], parent, naming.source());
    }

    private record Naming(String name, String source) {
    }

    private Naming name(String code) {
        Map<String, Integer> names = printed.getOrDefault(code, Map.of());
        Optional<String> national = reference.nameOf(code);
        if (national.isPresent() && names.keySet().stream().anyMatch(n -> national.get().startsWith(n))) {
            boolean printedInFull = names.containsKey(national.get());
            return new Naming(national.get(), printedInFull ? "document" : "reference");
        }
        Optional<String> mostPrinted = names.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)) // max keeps the first on ties
                .map(Map.Entry::getKey);
        if (mostPrinted.isPresent()) {
            return new Naming(mostPrinted.get(), "document");
        }
        return national.map(n -> new Naming(n, "reference")).orElse(new Naming(null, null));
    }

    /** The code and the codes of its parents; a code of no known level stands alone. */
    private List<String> withParents(String code) {
        int level = levelIndex(code);
        List<String> codes = new ArrayList<>();
        codes.add(code);
        for (int i = level - 1; i >= 0; i--) {
            codes.add(code.substring(0, levelLengths[i]));
        }
        return codes;
    }

    private int levelIndex(String code) {
        if (!code.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        for (int i = 0; i < levelLengths.length; i++) {
            if (code.length() == levelLengths[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The printed name without spacing and without the ordinal a summary table puts before a class
     * ("九、卫生健康支出"); null when nothing is left.
     */
    static String normalise(String printedName) {
        if (printedName == null) {
            return null;
        }
        String name = printedName.replaceAll("[\\s\u3000]+", "")
                .replaceFirst("^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）][、.．]?)", "");
        return name.isEmpty() ? null : name;
    }
}
