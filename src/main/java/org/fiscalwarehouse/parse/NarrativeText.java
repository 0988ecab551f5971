package org.fiscalwarehouse.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.ExtractedDocument;
import org.fiscalwarehouse.extract.Line;
import org.fiscalwarehouse.extract.Page;
import org.fiscalwarehouse.parse.TableRegion.PageLine;

/**
 * A document's explanatory text, read from the page model: 第三部分 (the final account's 决算情况说明, the budget's
 * 预算情况说明) split into its numbered sections ("一、…" … "九、…"), and the lines before it (第一部分, where the
 * unit table with 在职人数 stands). The real 第三部分 heading is told from its table-of-contents entry by the
 * entry's leader dots or trailing page number.
 */
public final class NarrativeText {

    private static final Pattern PART_THREE = Pattern.compile("^第三部分.*");
    private static final Pattern LATER_PART = Pattern.compile("^第[四五六七八九]部分.*");
    private static final Pattern TOC_ENTRY = Pattern.compile(".*(\\.{3,}|…{2,}|·{3,}).*|.*\\D\\s+\\d{1,3}$");
    private static final Pattern SECTION_HEADING = Pattern.compile("^[一二三四五六七八九十]{1,3}、\\S.*");
    private static final Pattern PARAGRAPH_MARKER =
            Pattern.compile("^([（(][一二三四五六七八九十]{1,3}[)）]|\\d{1,2}[.、．](?!\\d)).*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}$");
    private static final Pattern UNIT_START = Pattern.compile("^(万元|元|%|％|人|辆|个|批次|人次).*");
    private static final int MAX_HEADING_LENGTH = 60;

    private final List<PageLine> before;
    private final List<NarrativeSection> sections;

    private NarrativeText(List<PageLine> before, List<NarrativeSection> sections) {
        this.before = List.copyOf(before);
        this.sections = List.copyOf(sections);
    }

    public static NarrativeText of(ExtractedDocument document) {
        return of(document.pages());
    }

    public static NarrativeText of(List<Page> pages) {
        List<PageLine> all = new ArrayList<>();
        for (Page p : pages) {
            for (Line l : p.lines()) {
                all.add(new PageLine(p.number(), l));
            }
        }
        int start = -1;
        int end = all.size();
        for (int i = 0; i < all.size() && start < 0; i++) {
            String t = compact(all.get(i).line().text());
            if (PART_THREE.matcher(t).matches() && !isTocEntry(all.get(i).line())) {
                int partEnd = partEnd(all, i);
                // a contents page without page numbers (ONLYOFFICE) lists 第三部分 and its headings but no figures
                if (states(all.subList(i, partEnd), "万元") || !laterPartHeading(all, partEnd)) {
                    start = i;
                    end = partEnd;
                }
            }
        }
        if (start < 0) {
            return new NarrativeText(all, List.of());
        }
        return new NarrativeText(all.subList(0, start), sections(all.subList(start, end)));
    }

    /** Where the part starting at {@code start} ends: at the next 第四…九部分 heading, or the document's end. */
    private static int partEnd(List<PageLine> all, int start) {
        for (int i = start + 1; i < all.size(); i++) {
            if (laterPartHeading(all, i)) {
                return i;
            }
        }
        return all.size();
    }

    private static boolean laterPartHeading(List<PageLine> all, int i) {
        return i < all.size() && LATER_PART.matcher(compact(all.get(i).line().text())).matches()
                && !isTocEntry(all.get(i).line());
    }

    private static boolean states(List<PageLine> lines, String word) {
        return lines.stream().anyMatch(l -> l.line().text().contains(word));
    }

    /** The numbered sections of 第三部分, in order; text before the first "一、" is a section with an empty heading. */
    public List<NarrativeSection> sections() {
        return sections;
    }

    /** The first section of the given topic. */
    public Optional<NarrativeSection> section(NarrativeTopic topic) {
        return sections.stream().filter(s -> topic.matches(s.heading())).findFirst();
    }

    /** The document's lines before 第三部分 (cover, contents, 第一部分, the tables). */
    public List<PageLine> linesBefore() {
        return before;
    }

    private static boolean isTocEntry(Line line) {
        String t = line.text().strip();
        if (TOC_ENTRY.matcher(t).matches()) {
            return true;
        }
        // a contents row split into cells: the title and, in the last cell, its page number
        List<String> cells = line.cells().stream().map(c -> c.text().strip()).filter(s -> !s.isEmpty()).toList();
        return cells.size() >= 2 && PAGE_NUMBER.matcher(cells.get(cells.size() - 1)).matches();
    }

    private static List<NarrativeSection> sections(List<PageLine> lines) {
        List<NarrativeSection> out = new ArrayList<>();
        String heading = "";
        StringBuilder body = new StringBuilder();
        List<NarrativeSection.LineStart> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PageLine pl = lines.get(i);
            String t = compact(pl.line().text());
            if (t.isEmpty()) {
                continue;
            }
            if (PAGE_NUMBER.matcher(t).matches() && (endsItsPage(lines, i) || !nextStartsWithUnit(lines, i))) {
                // a page number: between paragraphs, or at the foot of a page a sentence runs across (a wrapped
                // amount is followed by its unit on the same page, the foot number by the next page's lines)
                continue;
            }
            if (isSectionHeading(t)) {
                out.add(new NarrativeSection(heading, body.toString(), starts));
                heading = t;
                body = new StringBuilder();
                starts = new ArrayList<>();
                continue;
            }
            if (PARAGRAPH_MARKER.matcher(t).matches() && body.length() > 0) {
                body.append('\n');
            } else if (body.length() > 0 && isAsciiAlnum(body.charAt(body.length() - 1)) && isAsciiAlnum(t.charAt(0))) {
                body.append(' ');
            }
            starts.add(new NarrativeSection.LineStart(body.length(), pl.page(), pl.line().y()));
            body.append(t);
        }
        out.add(new NarrativeSection(heading, body.toString(), starts));
        return out;
    }

    private static boolean isSectionHeading(String t) {
        return SECTION_HEADING.matcher(t).matches() && t.length() <= MAX_HEADING_LENGTH && !t.contains("万元")
                && !t.contains("。");
    }

    private static boolean endsItsPage(List<PageLine> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!compact(lines.get(j).line().text()).isEmpty()) {
                return lines.get(j).page() != lines.get(i).page();
            }
        }
        return false;
    }

    private static boolean nextStartsWithUnit(List<PageLine> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String t = compact(lines.get(j).line().text());
            if (!t.isEmpty()) {
                return UNIT_START.matcher(t).matches();
            }
        }
        return false;
    }

    /**
     * The line's text with full-width digits made ASCII and whitespace dropped, except a single space between two
     * ASCII letters/digits (so "2.90 2023" stays two numbers while "3213.66 万元" becomes "3213.66万元").
     */
    static String compact(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                c = (char) (c - '０' + '0');
            } else if (c == '．') {
                c = '.';
            }
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                pendingSpace = b.length() > 0;
                continue;
            }
            if (pendingSpace && isAsciiAlnum(b.charAt(b.length() - 1)) && isAsciiAlnum(c)) {
                b.append(' ');
            }
            pendingSpace = false;
            b.append(c);
        }
        return b.toString();
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
