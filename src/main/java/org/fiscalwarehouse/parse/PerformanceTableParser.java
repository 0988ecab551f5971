package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.parse.PerformanceFundingBlock.Column;
import org.fiscalwarehouse.parse.PerformanceFundingBlock.Figures;
import org.fiscalwarehouse.parse.TableRegion.PageLine;

/**
 * Reads one performance table (tableCode PERF): a project's self-evaluation (项目支出绩效自评表 / 绩效自评公开表 /
 * 专项资金绩效自评表 / 一级项目支出绩效自评表), a whole unit's (整体支出绩效自评表 / 部门整体绩效自评表, project "整体"), or a
 * budget's target table (项目绩效目标表 / 单位整体绩效目标表). Emits one {@link ProjectPerformance} with the funding
 * figures and 总分 as printed (a misprinted figure is kept; repairing it is a later stage's job), the funding block's
 * rows as {@link PerformanceFundingLine}s (first row and breakdown), a whole-unit table's per-task figures as
 * {@link PerformanceTaskFunding}s and a {@link PerformanceIndicator} per indicator row.
 */
public class PerformanceTableParser implements TableParser {

    private static final Pattern NAME_LABEL = Pattern.compile("^(项目名称|专项名称)[:：]?(.*)$");
    /** Cells that start the next field on the name row ("项目名称 | X | 自评年度 | 2023"). */
    private static final Pattern NEXT_FIELD = Pattern.compile("^(主管部门|实施单位|自评年度|部门预算编码|预算单位|单位名称|项目资金).*");
    private static final Pattern TOTAL_SCORE = Pattern.compile("^(总分|评价总分|总分值).*");
    private static final String BUDGET_TOTAL = "资金总额";
    private static final String WHOLE_UNIT = "整体";

    @Override
    public Set<String> tableCodes() {
        return Set.of("PERF");
    }

    @Override
    public ParsedFacts parse(TableRegion table, DocumentIdentity identity) {
        ParsedFacts facts = ParsedFacts.empty();
        List<PageLine> lines = table.lines();
        String title = table.printedTitle();
        String compactTitle = PerformanceText.compact(title);
        boolean targets = compactTitle.contains("目标表");
        Optional<String> name = compactTitle.contains(WHOLE_UNIT) ? Optional.of(WHOLE_UNIT) : projectName(lines);
        if (name.isEmpty()) {
            return facts; // a heading with no table under it
        }
        if (targets) {
            budgetTotal(lines).ifPresent(t -> facts.projects().add(new ProjectPerformance(name.get(), null, t.amount(),
                    null, null, null, Source.TABLE, new Provenance(t.page(), title, BUDGET_TOTAL, BUDGET_TOTAL))));
        } else {
            Optional<Figures> funding = PerformanceFundingBlock.read(lines);
            Optional<Located> score = totalScore(lines);
            if (funding.isPresent() || score.isPresent()) {
                facts.projects().add(project(name.get(), title, table.firstPage(), funding, score));
            }
            funding.ifPresent(f -> {
                facts.fundingLines().add(fundingLine(name.get(), title, f, true));
                PerformanceFundingBlock.breakdown(lines)
                        .forEach(b -> facts.fundingLines().add(fundingLine(name.get(), title, b, false)));
            });
            facts.taskFunding().addAll(TaskFundingRows.read(lines, name.get(), title));
        }
        facts.indicators().addAll(IndicatorRows.read(lines, name.get(), title, !targets));
        return facts;
    }

    private static ProjectPerformance project(String name, String title, int firstPage, Optional<Figures> funding,
                                              Optional<Located> score) {
        BigDecimal total = score.map(Located::amount).orElse(null);
        if (funding.isEmpty()) {
            return new ProjectPerformance(name, null, null, null, null, total, Source.TABLE,
                    new Provenance(score.get().page(), title, "总分", null));
        }
        Figures f = funding.get();
        String column = f.headers().getOrDefault(Column.FULL_YEAR, f.headers().get(Column.EXECUTED));
        return new ProjectPerformance(name, f.get(Column.INITIAL), f.get(Column.FULL_YEAR), f.get(Column.EXECUTED),
                PerformanceFundingBlock.printedRate(f.get(Column.RATE)), total, Source.TABLE,
                new Provenance(f.page(), title, f.rowLabel().isEmpty() ? null : f.rowLabel(), column));
    }

    private static PerformanceFundingLine fundingLine(String name, String title, Figures f, boolean total) {
        return new PerformanceFundingLine(name, f.rowLabel(), total, f.get(Column.INITIAL), f.get(Column.ADJUSTED),
                f.get(Column.FULL_YEAR), f.get(Column.EXECUTED), PerformanceFundingBlock.printedRate(f.get(Column.RATE)),
                f.get(Column.SCORE), Source.TABLE, new Provenance(f.page(), title, f.rowLabel(), f.headers().get(Column.EXECUTED)));
    }

    /** An amount and the page it stands on. */
    private record Located(int page, BigDecimal amount) {
    }

    /**
     * The 项目名称 / 专项名称 cell: the cells after the label up to the next field, joined with a space (a plain-text
     * extraction splits "医疗服务与保障能力提升补助资金 2" into two tokens; the space is printed).
     */
    static Optional<String> projectName(List<PageLine> lines) {
        for (PageLine pl : lines) {
            List<Cell> cells = PerformanceText.filled(pl.line());
            for (int i = 0; i < cells.size(); i++) {
                var m = NAME_LABEL.matcher(PerformanceText.compact(cells.get(i).text()));
                if (!m.matches()) {
                    continue;
                }
                StringBuilder name = new StringBuilder();
                if (!m.group(2).isEmpty()) {
                    name.append(cells.get(i).text().replaceFirst("^\\s*(项目名称|专项名称)\\s*[:：]?\\s*", ""));
                }
                for (int k = i + 1; k < cells.size(); k++) {
                    String t = cells.get(k).text();
                    if (NEXT_FIELD.matcher(PerformanceText.compact(t)).matches()) {
                        break;
                    }
                    if (!name.isEmpty()) {
                        name.append(' ');
                    }
                    name.append(t);
                }
                if (!name.isEmpty()) {
                    return Optional.of(name.toString());
                }
            }
        }
        return Optional.empty();
    }

    /** 总分: the last number on the 总分 row, wherever the extraction put it (under 得分, or a cell off). */
    private static Optional<Located> totalScore(List<PageLine> lines) {
        for (PageLine pl : lines) {
            List<Cell> cells = PerformanceText.filled(pl.line());
            if (cells.isEmpty() || !TOTAL_SCORE.matcher(PerformanceText.compact(cells.get(0).text())).matches()) {
                continue;
            }
            for (int i = cells.size() - 1; i > 0; i--) {
                Optional<BigDecimal> v = PerformanceText.number(cells.get(i).text());
                if (v.isPresent()) {
                    return Optional.of(new Located(pl.page(), v.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** A target table's 资金总额: the first number after that label, on its line or the next. */
    private static Optional<Located> budgetTotal(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            List<Cell> cells = PerformanceText.filled(lines.get(i).line());
            for (int k = 0; k < cells.size(); k++) {
                if (!PerformanceText.compact(cells.get(k).text()).startsWith(BUDGET_TOTAL)) {
                    continue;
                }
                for (int j = k + 1; j < cells.size(); j++) {
                    Optional<BigDecimal> v = PerformanceText.number(cells.get(j).text());
                    if (v.isPresent()) {
                        return Optional.of(new Located(lines.get(i).page(), v.get()));
                    }
                }
                if (i + 1 < lines.size()) {
                    List<Cell> next = PerformanceText.filled(lines.get(i + 1).line());
                    if (!next.isEmpty() && PerformanceText.number(next.get(0).text()).isPresent()) {
                        return Optional.of(new Located(lines.get(i + 1).page(),
                                PerformanceText.number(next.get(0).text()).get()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
