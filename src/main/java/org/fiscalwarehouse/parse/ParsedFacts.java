package org.fiscalwarehouse.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures a parser (or a set of parsers) read from one document; mutable while parsing, then frozen.
 * {@code fundingLines} are the rows of the performance tables' funding blocks, kept for the reconcile stage's
 * checks (the warehouse publishes each project's first row through {@code projects}); {@code taskFunding} are the
 * per-task budget, spending and rate of a whole-unit self-evaluation's 年度工作任务 block, kept for the checks too.
 */
public record ParsedFacts(List<FuncAmount> funcAmounts, List<EconAmount> econAmounts, List<SangongFigure> sangong,
                          List<StatFigure> stats, List<ProjectPerformance> projects,
                          List<PerformanceIndicator> indicators, List<PerformanceFundingLine> fundingLines,
                          List<ParseIssue> issues, List<PerformanceTaskFunding> taskFunding) {

    public ParsedFacts {
        // staged files written before funding lines existed have none
        fundingLines = fundingLines == null ? new ArrayList<>() : fundingLines;
        taskFunding = taskFunding == null ? new ArrayList<>() : taskFunding;
    }

    public static ParsedFacts empty() {
        return new ParsedFacts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    public ParsedFacts addAll(ParsedFacts other) {
        funcAmounts.addAll(other.funcAmounts);
        econAmounts.addAll(other.econAmounts);
        sangong.addAll(other.sangong);
        stats.addAll(other.stats);
        projects.addAll(other.projects);
        indicators.addAll(other.indicators);
        fundingLines.addAll(other.fundingLines);
        issues.addAll(other.issues);
        taskFunding.addAll(other.taskFunding);
        return this;
    }

    public ParsedFacts frozen() {
        return new ParsedFacts(List.copyOf(funcAmounts), List.copyOf(econAmounts), List.copyOf(sangong),
                List.copyOf(stats), List.copyOf(projects), List.copyOf(indicators), List.copyOf(fundingLines),
                List.copyOf(issues), List.copyOf(taskFunding));
    }
}
