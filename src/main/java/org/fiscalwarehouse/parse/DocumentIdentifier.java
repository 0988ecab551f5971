package org.fiscalwarehouse.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.ExtractedDocument;
import org.fiscalwarehouse.extract.Line;
import org.fiscalwarehouse.extract.Page;

/**
 * Recognises what a document is from its content only (file names lie or say nothing): the unit that publishes
 * it, the fiscal year, budget or final account, and unit or department scope. Each property is voted on by the
 * places the national forms print it: table header lines (编制单位：/单位：/部门：), part headings
 * ("2023 年度部门决算表"), the cover, and the overview's opening sentence.
 */
public class DocumentIdentifier {

    private static final String SCOPE_SUFFIX = "(?:[（(](?:本级|汇总|部门|单位|本部|机关)[)）])?";
    /** A unit name: Han characters ending in an organisation word, optionally with a scope marker. */
    private static final Pattern UNIT_NAME = Pattern.compile(
            "\\p{IsHan}{2,38}(?:局|中心|厅|委员会|委|院|办公室|办|站|所|馆|学校|校|会|队|处|社|部|署|团|室|监狱|公司)"
                    + SCOPE_SUFFIX);
    private static final Pattern LABELLED_UNIT = Pattern.compile(
            "(?:编制单位|预算单位|单位名称|部门名称|单位|部门)\\s*(?:[（(]盖章[)）])?\\s*[：:]\\s*([^\\s：:，,。；;|]+)");
    private static final Pattern OVERVIEW_UNIT = Pattern.compile(
            "(\\p{IsHan}{2,38}" + SCOPE_SUFFIX + ")(?:部门|单位)?的?主要(?:职责|任务|职能|工作职能)");
    private static final Pattern YEAR_WITH_KIND =
            Pattern.compile("(20\\d{2})\\s*年度?\\s*(?:部门|单位)?\\s*(?:决算|预算)");
    /** Headings and covers are short; a long line is a sentence that may compare with another year. */
    private static final int HEADING_LENGTH = 40;
    private static final Pattern YEAR_ONLY = Pattern.compile("(20\\d{2})\\s*年度");
    private static final Pattern KIND_WORD =
            Pattern.compile("(决算|预算)(?:汇总表|总表|表|情况说明)|(?:部门|单位)(决算|预算)");
    private static final Pattern SCOPE_WORD = Pattern.compile("(部门|单位)(?:决算|预算)|(汇总)表");
    private static final int COVER_LINES = 15;

    private final UnitCatalogue catalogue;

    public DocumentIdentifier(UnitCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public DocumentIdentity identify(ExtractedDocument document) throws UnrecognisedDocumentException {
        List<String> lines = textLines(document);
        String unitName = unitName(lines).orElseThrow(
                () -> new UnrecognisedDocumentException("no unit name found (no 单位：/部门： line, cover or overview)"));
        int year = fiscalYear(lines).orElseThrow(
                () -> new UnrecognisedDocumentException("no fiscal year found (no \"YYYY 年度\" heading)"));
        DocKind kind = kind(lines).orElseThrow(
                () -> new UnrecognisedDocumentException("neither 决算 nor 预算 tables or headings found"));
        Scope scope = scope(unitName, lines);
        Optional<KnownUnit> known = catalogue.find(unitName);
        String code = known.map(KnownUnit::code).orElseGet(() -> UnitCatalogue.generatedCode(unitName));
        String title = unitName + year + "年度" + (scope == Scope.UNIT ? "单位" : "部门")
                + (kind == DocKind.FINAL ? "决算" : "预算");
        return new DocumentIdentity(unitName, code, known.isPresent(), year, kind, scope, title);
    }

    private static List<String> textLines(ExtractedDocument document) {
        List<String> lines = new ArrayList<>();
        for (Page page : document.pages()) {
            for (Line line : page.lines()) {
                if (!line.isBlank()) {
                    lines.add(line.text().strip());
                }
            }
        }
        return lines;
    }

    private static Optional<String> unitName(List<String> lines) {
        Map<String, Integer> labelled = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = LABELLED_UNIT.matcher(line);
            while (m.find()) {
                unitIn(m.group(1)).ifPresent(n -> labelled.merge(n, 1, Integer::sum));
            }
        }
        if (!labelled.isEmpty()) {
            return mostFrequent(labelled);
        }
        // the cover: "2023 年度 / 福建省医疗保障基金中心 / 决算"
        for (String line : lines.subList(0, Math.min(COVER_LINES, lines.size()))) {
            String s = line.replaceAll("\\s", "");
            if (UNIT_NAME.matcher(s).matches()) {
                return Optional.of(s);
            }
        }
        Map<String, Integer> overview = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = OVERVIEW_UNIT.matcher(line.replaceAll("\\s", ""));
            while (m.find()) {
                unitIn(m.group(1)).ifPresent(n -> overview.merge(n, 1, Integer::sum));
            }
        }
        return mostFrequent(overview);
    }

    /** The unit name a labelled value holds, cut at what follows it on the line ("… 2023年度 公开01表"). */
    private static Optional<String> unitIn(String value) {
        Matcher m = UNIT_NAME.matcher(value);
        if (!m.find() || value.contains("万元")) {
            return Optional.empty();
        }
        // the longest unit-like prefix: 福州市医疗保障局（本级） rather than 福州市医疗保障局
        String best = m.group();
        for (int end = value.length(); end > m.start(); end--) {
            String candidate = value.substring(m.start(), end);
            if (UNIT_NAME.matcher(candidate).matches()) {
                best = candidate;
                break;
            }
        }
        return Optional.of(best);
    }

    private static Optional<Integer> fiscalYear(List<String> lines) {
        Map<String, Integer> withKind = new LinkedHashMap<>();
        Map<String, Integer> plain = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.length() > HEADING_LENGTH) {
                continue;
            }
            Matcher m = YEAR_WITH_KIND.matcher(line);
            while (m.find()) {
                if (!comparesWithAnotherYear(line, m.start())) {
                    withKind.merge(m.group(1), 1, Integer::sum);
                }
            }
            Matcher y = YEAR_ONLY.matcher(line);
            while (y.find()) {
                if (!comparesWithAnotherYear(line, y.start())) {
                    plain.merge(y.group(1), 1, Integer::sum);
                }
            }
        }
        return mostFrequent(withKind).or(() -> mostFrequent(plain)).map(Integer::valueOf);
    }

    /** "比 2023 年度决算增加", "与2023年度决算相比": a year named for comparison, not the document's own. */
    private static boolean comparesWithAnotherYear(String line, int yearStart) {
        String before = line.substring(0, yearStart).strip();
        return !before.isEmpty() && "比较与同对".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    private static Optional<DocKind> kind(List<String> lines) {
        int finals = 0;
        int budgets = 0;
        for (String line : lines) {
            Matcher m = KIND_WORD.matcher(line.replaceAll("\\s", ""));
            while (m.find()) {
                String word = m.group(1) != null ? m.group(1) : m.group(2);
                if (word.equals("决算")) {
                    finals++;
                } else {
                    budgets++;
                }
            }
        }
        if (finals == budgets) {
            return Optional.empty();
        }
        return Optional.of(finals > budgets ? DocKind.FINAL : DocKind.BUDGET);
    }

    /** The name's own marker decides ((本级) unit, (汇总) department); otherwise the headings' 部门/单位 wording. */
    private static Scope scope(String unitName, List<String> lines) {
        if (unitName.matches(".*[（(](?:本级|单位|本部|机关)[)）]$")) {
            return Scope.UNIT;
        }
        if (unitName.matches(".*[（(](?:汇总|部门)[)）]$")) {
            return Scope.DEPARTMENT;
        }
        int department = 0;
        int unit = 0;
        for (String line : lines) {
            Matcher m = SCOPE_WORD.matcher(line.replaceAll("\\s", ""));
            while (m.find()) {
                if ("单位".equals(m.group(1))) {
                    unit++;
                } else {
                    department++;
                }
            }
        }
        return department > unit ? Scope.DEPARTMENT : Scope.UNIT;
    }

    private static Optional<String> mostFrequent(Map<String, Integer> counts) {
        // ties go to the first seen: header lines and headings come before the annexes
        return counts.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }
}
