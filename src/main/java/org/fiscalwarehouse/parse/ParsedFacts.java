package org.fiscalwarehouse.parse;

import java.util.ArrayList;
import java.util.List;

/** The figures a parser (or a set of parsers) read from one document; mutable while parsing, then frozen. */
public record ParsedFacts(List<FuncAmount> funcAmounts, List<EconAmount> econAmounts, List<SangongFigure> sangong,
                          List<StatFigure> stats, List<ProjectPerformance> projects,
                          List<PerformanceIndicator> indicators, List<ParseIssue> issues) {

    public static ParsedFacts empty() {
        return new ParsedFacts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    public ParsedFacts addAll(ParsedFacts other) {
        funcAmounts.addAll(other.funcAmounts);
        econAmounts.addAll(other.econAmounts);
        sangong.addAll(other.sangong);
        stats.addAll(other.stats);
        projects.addAll(other.projects);
        indicators.addAll(other.indicators);
        issues.addAll(other.issues);
        return this;
    }

    public ParsedFacts frozen() {
        return new ParsedFacts(List.copyOf(funcAmounts), List.copyOf(econAmounts), List.copyOf(sangong),
                List.copyOf(stats), List.copyOf(projects), List.copyOf(indicators), List.copyOf(issues));
    }
}
