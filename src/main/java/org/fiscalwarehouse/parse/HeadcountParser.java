package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.extract.Line;
import org.fiscalwarehouse.parse.TableRegion.PageLine;

/**
 * 在职人数 of the units listed in 第一部分 (单位基本情况), printed either as a table (单位名称 | 单位性质 | 在职人数) or as
 * a list ("1. 厦门市医疗保障局（本级） 单位性质：行政机关 在职人数：20人"). One {@code headcount} per unit; the unit's
 * name is the {@code item} only when several units are listed. Nothing when the document prints no 在职人数.
 */
public class HeadcountParser extends NarrativeTopicParser {

    private static final Pattern LISTED = Pattern.compile(
            "^(?:\\d{1,2}[.、．]\\s*)?(\\S.*?)\\s*单位性质[:：].*?在职人数[:：]\\s*(\\d+)\\s*人?.*");
    private static final Pattern COUNT = Pattern.compile("\\d{1,6}");
    private static final Pattern SECTION_HEADING = Pattern.compile("^[一二三四五六七八九十]{1,3}、.*|^第.部分.*");
    private static final String SECTION = "单位基本情况";

    /** A unit and its staff as read, before deciding whether the name goes into {@code item}. */
    private record Staffed(String unit, BigDecimal count, Provenance where) {
    }

    @Override
    public ParsedFacts parse(NarrativeText text, DocumentIdentity identity) {
        List<Staffed> units = listed(text.linesBefore());
        if (units.isEmpty()) {
            units = tabulated(text.linesBefore());
        }
        ParsedFacts facts = ParsedFacts.empty();
        boolean several = units.size() > 1;
        for (Staffed u : units) {
            facts.stats().add(new StatFigure(identity.fiscalYear(), "headcount", several ? u.unit() : null, u.count(),
                    "persons", Source.NARRATIVE, u.where()));
        }
        return facts;
    }

    private static List<Staffed> listed(List<PageLine> lines) {
        List<Staffed> out = new ArrayList<>();
        for (PageLine pl : lines) {
            Matcher m = LISTED.matcher(pl.line().text().strip());
            if (m.matches()) {
                out.add(new Staffed(m.group(1).strip(), new BigDecimal(m.group(2)),
                        new Provenance(pl.page(), SECTION, pl.line().text().strip(), "在职人数")));
            }
        }
        return out;
    }

    /** The rows under a header line naming 单位名称 and 在职人数, each value taken from the cell nearest its header. */
    private static List<Staffed> tabulated(List<PageLine> lines) {
        List<Staffed> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line header = lines.get(i).line();
            Optional<Cell> nameHead = headerCell(header, "单位名称");
            Optional<Cell> countHead = headerCell(header, "在职人数");
            if (nameHead.isEmpty() || countHead.isEmpty()) {
                continue;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                Line row = lines.get(j).line();
                if (row.isBlank()) {
                    continue;
                }
                List<Cell> cells = row.cells().stream().filter(c -> !c.isBlank()).toList();
                Optional<Cell> count = nearest(cells.stream().filter(c -> COUNT.matcher(c.text().strip()).matches())
                        .toList(), countHead.get());
                Optional<Cell> name = nearest(cells.stream().filter(c -> !COUNT.matcher(c.text().strip()).matches())
                        .toList(), nameHead.get());
                if (SECTION_HEADING.matcher(row.text().strip()).matches() || count.isEmpty() || name.isEmpty()
                        || cells.size() < 2) {
                    break;
                }
                out.add(new Staffed(name.get().text().strip(), new BigDecimal(count.get().text().strip()),
                        new Provenance(lines.get(j).page(), SECTION, row.text(), countHead.get().text().strip())));
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    private static Optional<Cell> headerCell(Line line, String label) {
        return line.cells().stream().filter(c -> c.text().replaceAll("\\s", "").startsWith(label)).findFirst();
    }

    private static Optional<Cell> nearest(List<Cell> cells, Cell header) {
        return cells.stream().min(Comparator.comparingDouble(c -> Math.abs(c.centre() - header.centre())));
    }
}
