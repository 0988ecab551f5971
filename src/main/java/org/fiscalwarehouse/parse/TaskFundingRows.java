package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.parse.TableRegion.PageLine;

/**
 * The per-task funding figures of a whole-unit self-evaluation's 年度工作任务 block: under a header naming
 * 年度工作任务, a 预算数 and an 执行率, the first indicator row of each task prints the task's budget, its actual
 * spending and the rate as three cells in a row (number, number, percentage) between the 涉及项目和金额 text and the
 * indicator's weight and score. Rows are read as sequences of filled cells, as in {@link IndicatorRows}, since the
 * plain-text extraction drops the empty cells the PDF positions.
 */
final class TaskFundingRows {

    private static final Pattern END = Pattern.compile("^(总分|评价总分|总分值|备注|评价等级|填表说明|部门\\(单位\\)意见|部门（单位）意见).*");
    private static final Pattern PERCENT = Pattern.compile(".*[%％]\\s*$");
    private static final Set<String> INDICATOR_TYPES = Set.of("定量", "定性");
    private static final String TASK = "年度工作任务";

    private TaskFundingRows() {
    }

    static List<PerformanceTaskFunding> read(List<PageLine> lines, String project, String table) {
        int header = headerLine(lines);
        if (header < 0) {
            return List.of();
        }
        String column = columnWord(lines.get(header));
        List<PerformanceTaskFunding> out = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            PageLine pl = lines.get(i);
            List<Cell> cells = PerformanceText.filled(pl.line());
            if (cells.isEmpty()) {
                continue;
            }
            if (END.matcher(PerformanceText.compact(cells.get(0).text())).matches()) {
                break;
            }
            int k = figuresAt(cells);
            if (k < 1) {
                continue; // an indicator row of a task already read, or no task figures
            }
            BigDecimal budget = PerformanceText.number(cells.get(k).text()).orElseThrow();
            BigDecimal executed = PerformanceText.number(cells.get(k + 1).text()).orElseThrow();
            BigDecimal rate = PerformanceFundingBlock.printedRate(PerformanceText.number(cells.get(k + 2).text())
                    .orElseThrow());
            String task = taskName(cells, k);
            out.add(new PerformanceTaskFunding(project, task, budget, executed, rate, Source.TABLE,
                    new Provenance(pl.page(), table, task.isEmpty() ? null : task, column)));
        }
        return out;
    }

    /** Where the row's budget | executed | rate cells start: two plain numbers and a percentage; -1 if none. */
    private static int figuresAt(List<Cell> cells) {
        for (int k = 0; k + 2 < cells.size(); k++) {
            if (PerformanceText.isPlainNumber(cells.get(k).text())
                    && PerformanceText.isPlainNumber(cells.get(k + 1).text())
                    && PerformanceText.number(cells.get(k + 2).text()).isPresent()
                    && PERCENT.matcher(cells.get(k + 2).text()).matches()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The task: the row's first cell when the row still has both the task and its indicator name before the
     * 指标类型 cell (a task cell lost to the extraction leaves only the indicator name there).
     */
    private static String taskName(List<Cell> cells, int figures) {
        for (int t = 0; t < figures; t++) {
            if (INDICATOR_TYPES.contains(cells.get(t).text())) {
                return t >= 2 ? cells.get(0).text() : "";
            }
        }
        return cells.get(0).text();
    }

    /** The header line naming 年度工作任务 together with a budget and a rate column. */
    private static int headerLine(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String text = PerformanceText.compact(lines.get(i).line().text());
            int task = text.indexOf(TASK);
            if (task >= 0 && text.indexOf("预算数", task) > 0 && text.indexOf("执行率", task) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** The header cell that names the actual spending (年度工作任务实际支出规模), for provenance. */
    private static String columnWord(PageLine header) {
        return PerformanceText.filled(header.line()).stream().map(c -> PerformanceText.compact(c.text()))
                .filter(t -> t.contains("实际支出") || t.contains("执行数")).findFirst().orElse(null);
    }
}
