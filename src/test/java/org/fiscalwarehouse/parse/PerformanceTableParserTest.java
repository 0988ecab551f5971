package org.fiscalwarehouse.parse;

import org.fiscalwarehouse.golden.GoldenFact;
import org.fiscalwarehouse.golden.GoldenFacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.fiscalwarehouse.extract.ExtractedDocument;
import org.fiscalwarehouse.extract.Page;
import org.fiscalwarehouse.extract.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PerformanceTableParserTest {

    private static final List<String> DOCUMENTS = List.of(CorpusDocuments.FUZHOU, CorpusDocuments.FUND_CENTRE_2023,
            CorpusDocuments.XIAMEN, CorpusDocuments.FUND_CENTRE_BUDGET, CorpusDocuments.QUANZHOU);

    static Iterable<Arguments> documentsInBothForms() {
        List<Arguments> out = new ArrayList<>();
        for (String d : DOCUMENTS) {
            out.add(Arguments.of(d, "text"));
            out.add(Arguments.of(d, "pdf"));
        }
        return out;
    }

    static ParsedFacts facts(String name, String form) {
        List<TableRegion> regions = form.equals("pdf") ? PerformanceRegions.fromPdf(name)
                : PerformanceRegions.fromText(name);
        return PerformanceRegions.parse(regions, NarrativeCorpus.sample(name + ".txt").identity());
    }

    /** The value a golden project.* row names, read from the parsed project. */
    private static Optional<BigDecimal> valueFor(GoldenFact row, List<ProjectPerformance> projects) {
        Function<ProjectPerformance, BigDecimal> field = switch (row.metric()) {
            case "project.budget_full_year", "project.budget_total" -> ProjectPerformance::budgetFullYearWan;
            case "project.executed" -> ProjectPerformance::executedWan;
            case "project.execution_rate" -> ProjectPerformance::statedRatePct;
            case "project.score" -> ProjectPerformance::score;
            default -> throw new IllegalArgumentException(row.metric());
        };
        return projects.stream().filter(p -> p.projectNameZh().equals(row.item())).findFirst().map(field);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("documentsInBothForms")
    void readsEveryCertainGoldenProjectRow(String name, String form) {
        ParsedFacts facts = facts(name, form);
        List<GoldenFact> golden = GoldenFacts.forDoc(CorpusDocuments.goldenId(name), "project.");
        List<String> missed = new ArrayList<>();
        int certain = 0;
        for (GoldenFact row : golden) {
            if (!row.confidence().equals("high") && !row.confidence().equals("medium")) {
                continue;
            }
            certain++;
            Optional<BigDecimal> v = valueFor(row, facts.projects());
            if (v.isEmpty() || v.get().compareTo(row.value()) != 0) {
                missed.add(row.metric() + " " + row.item() + " = " + row.value() + " but read " + v.orElse(null));
            }
        }
        System.out.printf("PERF coverage %s (%s): %d/%d golden project rows (%d high/medium), %d projects, %d indicators%n",
                name, form, certain - missed.size(), golden.size(), certain, facts.projects().size(),
                facts.indicators().size());
        assertThat(missed).as(name + " " + form).isEmpty();
        assertThat(facts.projects()).allMatch(p -> p.source() == Source.TABLE && p.provenance().page() > 0);
        // one project per table, no duplicates
        assertThat(facts.projects().stream().map(ProjectPerformance::projectNameZh).distinct().count())
                .isEqualTo(facts.projects().size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "pdf"})
    void keepsXiamensMisprintedExecutionOfTheWholeUnitAsPrinted(String form) {
        ProjectPerformance whole = project(facts(CorpusDocuments.XIAMEN, form), "整体");
        // the golden row is the repaired 126685.25 (derived); the table prints 128685.25
        assertThat(whole.executedWan()).isEqualByComparingTo("128685.25");
        assertThat(whole.budgetInitialWan()).isEqualByComparingTo("9164.77");
        assertThat(whole.budgetFullYearWan()).isEqualByComparingTo("127818.89");
        assertThat(whole.statedRatePct()).isEqualByComparingTo("99.11");
        assertThat(whole.score()).isEqualByComparingTo("98.40");
    }

    @Test
    void readsFuzhouProjectNamesExactlyAsPrintedFromWrappedPlainLines() {
        ParsedFacts facts = facts(CorpusDocuments.FUZHOU, "text");
        assertThat(facts.projects()).extracting(ProjectPerformance::projectNameZh).containsExactly(
                "外伤医疗费用结算审核服务费", "物业水电费", "医疗服务与保障能力提升补助资金 2", "临聘人员经费",
                "医保服务站工作经费", "网络专项服务", "医疗服务与保障能力提升补助资金", "综合工作经费");
        ProjectPerformance second = project(facts, "医疗服务与保障能力提升补助资金 2");
        assertThat(second.budgetInitialWan()).isEqualByComparingTo("0.00");
        assertThat(second.statedRatePct()).isEqualTo(new BigDecimal("74.88"));
        assertThat(second.provenance().rowLabel()).isEqualTo("年度资金总额");
    }

    @Test
    void readsQuanzhouWholeUnitRateWithTheDecimalsItPrints() {
        ProjectPerformance whole = project(facts(CorpusDocuments.QUANZHOU, "text"), "整体");
        assertThat(whole.statedRatePct()).isEqualTo(new BigDecimal("87.40"));
        assertThat(whole.budgetInitialWan()).isEqualByComparingTo("10432.12");
        assertThat(whole.score()).isEqualByComparingTo("96.6");
    }

    @Test
    void readsBudgetTargetTablesAsFundingTotalsWithTargetsOnly() {
        ParsedFacts facts = facts(CorpusDocuments.FUND_CENTRE_BUDGET, "pdf");
        ProjectPerformance whole = project(facts, "整体");
        assertThat(whole.budgetFullYearWan()).isEqualByComparingTo("2649.48");
        assertThat(whole.executedWan()).isNull();
        assertThat(whole.score()).isNull();
        PerformanceIndicator staff = indicator(facts, "省医保服务站工作经费", "服务站专业工作人员人数");
        assertThat(staff.level1Zh()).isEqualTo("产出指标");
        assertThat(staff.level2Zh()).isEqualTo("质量指标");
        assertThat(staff.targetText()).isEqualTo("≥23 人");
        assertThat(staff.actualText()).isNull();
        assertThat(staff.weight()).isNull();
    }

    @Test
    void readsFuzhouIndicatorsWhoseLabelsWrappedOntoLinesOfTheirOwnInPlainText() {
        ParsedFacts text = facts(CorpusDocuments.FUZHOU, "text");
        assertThat(text.indicators()).hasSameSizeAs(facts(CorpusDocuments.FUZHOU, "pdf").indicators()).hasSize(58);
        // "质量指标" / "临聘人员费用发放零差" / "错率" above "=100% 100 10 10 已完成无偏差"
        PerformanceIndicator errors = indicator(text, "临聘人员经费", "临聘人员费用发放零差错率");
        assertThat(errors.level1Zh()).isEqualTo("产出指标");
        assertThat(errors.level2Zh()).isEqualTo("质量指标");
        assertThat(errors.targetText()).isEqualTo("=100%");
        assertThat(errors.actualText()).isEqualTo("100");
        assertThat(errors.weight()).isEqualByComparingTo("10");
        assertThat(errors.score()).isEqualByComparingTo("10");
        PerformanceIndicator petitions = indicator(text, "临聘人员经费", "临聘人员上访事件发生率");
        assertThat(petitions.level2Zh()).isEqualTo("社会效益指标");
        assertThat(petitions.weight()).isEqualByComparingTo("30");
    }

    @Test
    void keepsTheScoreOfAFuzhouIndicatorWhoseTargetAndActualWrappedBeyondTellingApart() {
        // "时效指标 项目完成时间" / "2024 年 12 月" / "日期" / "2024 年" / "12 月" / "10 10 无偏差"
        PerformanceIndicator deadline = indicator(facts(CorpusDocuments.FUZHOU, "text"), "医疗服务与保障能力提升补助资金",
                "项目完成时间");
        assertThat(deadline.level2Zh()).isEqualTo("时效指标");
        assertThat(deadline.targetText()).isNull();
        assertThat(deadline.actualText()).isNull();
        assertThat(deadline.weight()).isEqualByComparingTo("10");
        assertThat(deadline.score()).isEqualByComparingTo("10");
    }

    @Test
    void readsBudgetTargetsWhoseNamesWrappedInPlainText() {
        ParsedFacts text = facts(CorpusDocuments.FUND_CENTRE_BUDGET, "text");
        assertThat(text.indicators()).hasSize(33);
        PerformanceIndicator staff = indicator(text, "省医保服务站工作经费", "服务站专业工作人员人数");
        assertThat(staff.level1Zh()).isEqualTo("产出指标");
        assertThat(staff.level2Zh()).isEqualTo("质量指标");
        assertThat(staff.targetText()).isEqualTo("≥23 人");
        PerformanceIndicator owners = indicator(text, "医保稽核督察工作经费", "业主对服务采购承办方的满意度");
        assertThat(owners.level1Zh()).isEqualTo("满意度指标");
        assertThat(owners.level2Zh()).isEqualTo("服务对象满意度指标");
        assertThat(owners.targetText()).isEqualTo("≥90%");
    }

    private static ProjectPerformance project(ParsedFacts facts, String name) {
        return facts.projects().stream().filter(p -> p.projectNameZh().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no project " + name + " in " + facts.projects()));
    }

    private static PerformanceIndicator indicator(ParsedFacts facts, String project, String name) {
        return facts.indicators().stream()
                .filter(i -> i.projectNameZh().equals(project) && i.indicatorZh().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + name + " of " + project + " in "
                        + facts.indicators().stream().filter(i -> i.projectNameZh().equals(project)).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "pdf"})
    void joinsQuanzhouIndicatorSplitAcrossAPageBreakAndReadsItsTargetAndActual(String form) {
        ParsedFacts facts = facts(CorpusDocuments.QUANZHOU, form);
        PerformanceIndicator offices = indicator(facts, "医保经办服务费", "开展全城通（代）办业务机构数");
        assertThat(offices.targetText()).isEqualTo("=13 个");
        assertThat(offices.actualText()).isEqualTo("13");
        assertThat(offices.weight()).isEqualByComparingTo("5");
        assertThat(offices.score()).isEqualByComparingTo("5");
        PerformanceIndicator coverage = indicator(facts, "医保经办服务费", "二级及以上公立医院医保服务站覆盖率");
        assertThat(coverage.level1Zh()).isEqualTo("产出指标");
        assertThat(coverage.level2Zh()).isEqualTo("数量指标");
        assertThat(coverage.targetText()).isEqualTo("=100%");
        assertThat(coverage.actualText()).isEqualTo("96");
        assertThat(coverage.score()).isEqualByComparingTo("4.8");
        // 二级指标 label moved into column 1 of the whole-unit table: still the 二级指标
        PerformanceIndicator timeliness = indicator(facts, "整体", "药品结算率");
        assertThat(timeliness.level1Zh()).isEqualTo("产出指标");
        assertThat(timeliness.level2Zh()).isEqualTo("时效指标");
        assertThat(timeliness.actualText()).isEqualTo("99.92");
        assertThat(facts.indicators().stream().filter(i -> i.projectNameZh().equals("医保经办服务费"))).hasSize(9);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "pdf"})
    void readsXiamenInsuranceRateAsPrintedInBothTablesDespiteShiftedRows(String form) {
        ParsedFacts facts = facts(CorpusDocuments.XIAMEN, form);
        // the two tables disagree (166.22% vs 156.22%); each is stored as printed
        PerformanceIndicator whole = indicator(facts, "整体", "以户籍人口数为基数计算的基本医保综合参保率");
        assertThat(whole.targetText()).isEqualTo("≥95%");
        assertThat(whole.actualText()).isEqualTo("166.22%");
        assertThat(whole.level1Zh()).startsWith("保障城乡居民基本医疗保险参保人员待遇");
        PerformanceIndicator project = indicator(facts, "医保政策兑现经费", "以户籍人口数为基数计算的基本医保综合参保率");
        assertThat(project.actualText()).isEqualTo("156.22%");
        assertThat(project.level1Zh()).isEqualTo("产出指标");
        assertThat(project.level2Zh()).isEqualTo("质量指标");
        assertThat(project.weight()).isEqualByComparingTo("5");
        // rows shifted left lose their leading cells: labels carry down, values are read from the right
        PerformanceIndicator perHead = indicator(facts, "医保政策兑现经费", "财政补贴人数");
        assertThat(perHead.level2Zh()).isEqualTo("数量指标");
        assertThat(perHead.targetText()).isEqualTo(form.equals("pdf") ? "≥650 人" : "≥650人");
        assertThat(perHead.score()).isEqualByComparingTo("1.36");
        PerformanceIndicator known = indicator(facts, "整体", "政策知晓率");
        assertThat(known.targetText()).isEqualTo("≥80%");
        assertThat(known.actualText()).isEqualTo("95%");
        assertThat(known.score()).isEqualByComparingTo("3.00");
        assertThat(facts.indicators().stream().filter(i -> i.projectNameZh().equals("整体"))).hasSize(30);
        assertThat(facts.indicators().stream().filter(i -> i.projectNameZh().equals("医保政策兑现经费"))).hasSize(25);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "pdf"})
    void keepsXiamenProjectTablesCompletionRatioButNotTheWholeUnitsExecutionRate(String form) {
        ParsedFacts facts = facts(CorpusDocuments.XIAMEN, form);
        assertThat(indicator(facts, "医保政策兑现经费", "财政补贴人数").completionText()).isEqualTo("68.03%");
        assertThat(indicator(facts, "医保政策兑现经费", "以户籍人口数为基数计算的基本医保综合参保率").completionText())
                .isEqualTo("164.44%");
        // the 整体 table prints no 完成比例: its 98.00% is the task's 执行率, not the indicator's
        assertThat(indicator(facts, "整体", "财政补贴人数").completionText()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "pdf"})
    void stripsHtmlAndWrapSpacesFromFundCentreIndicators(String form) {
        ParsedFacts facts = facts(CorpusDocuments.FUND_CENTRE_2023, form);
        PerformanceIndicator audit = indicator(facts, "医保稽核督察工作经费", "稽核检查交通费用");
        assertThat(audit.level2Zh()).isEqualTo("经济成本指标");
        assertThat(audit.targetText()).isEqualTo("≤2 万元");
        assertThat(audit.actualText()).isEqualTo("0.79 万元");
        assertThat(facts.indicators()).hasSize(18)
                .allSatisfy(i -> assertThat(i.indicatorZh() + i.targetText() + i.actualText()).doesNotContain("<"));
        assertThat(project(facts, "省医保服务站工作经费").score()).isEqualByComparingTo("100");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentsInBothForms")
    void readsTheSameGoldenRowsFromTheRegionsOfTheTableLocator(String name, String form) {
        List<Page> pages = form.equals("pdf") ? PerformanceRegions.pdfPages(name)
                : CorpusDocuments.load(name).pages();
        ExtractedDocument doc = new ExtractedDocument(
                CorpusDocuments.goldenId(name), null, "document", "sha", Instant.EPOCH,
                SourceFormat.PDF, pages, null);
        DocumentParser parser = new DocumentParser(CorpusDocuments.catalogue(), List.of(new PerformanceTableParser()),
                List.of());
        List<ProjectPerformance> projects = parser.parse(doc).facts().projects();
        List<String> missed = new ArrayList<>();
        for (GoldenFact row : GoldenFacts.forDoc(CorpusDocuments.goldenId(name), "project.")) {
            if (row.confidence().equals("high") || row.confidence().equals("medium")) {
                Optional<BigDecimal> v = valueFor(row, projects);
                if (v.isEmpty() || v.get().compareTo(row.value()) != 0) {
                    missed.add(row.metric() + " " + row.item());
                }
            }
        }
        assertThat(missed).as(name + " " + form + " through TableLocator").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "pdf"})
    void readsXiamenWholeUnitFundingRowsAsPrintedWithTheBuildingRowsShiftedCellsPutBack(String form) {
        List<PerformanceFundingLine> lines = facts(CorpusDocuments.XIAMEN, form).fundingLines().stream()
                .filter(l -> l.projectNameZh().equals("整体")).toList();

        assertThat(lines).extracting(PerformanceFundingLine::lineZh, PerformanceFundingLine::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("合计", true),
                        org.assertj.core.groups.Tuple.tuple("其中:人员支出", false),
                        org.assertj.core.groups.Tuple.tuple("公用支出", false),
                        org.assertj.core.groups.Tuple.tuple("专项业务费", false),
                        org.assertj.core.groups.Tuple.tuple("发展经费", false),
                        org.assertj.core.groups.Tuple.tuple("基建项目", false));
        // the misprints stay as printed: the reconcile stage repairs them
        assertThat(lines.get(0).executedWan()).isEqualByComparingTo("128685.25");
        assertThat(lines.get(0).budgetInitialWan()).isEqualByComparingTo("9164.77");
        assertThat(lines.get(0).score()).isEqualByComparingTo("9.91");
        assertThat(lines.get(4).adjustedWan()).isEqualByComparingTo("28910.63");
        assertThat(lines.get(1).statedRatePct()).isEqualByComparingTo("97.89");
        // "基建项目 | 0.00 | 0.00 | 0.00%" lost its empty cells: the rate goes back under 执行率
        assertThat(lines.get(5).budgetInitialWan()).isNull();
        assertThat(lines.get(5).budgetFullYearWan()).isEqualByComparingTo("0.00");
        assertThat(lines.get(5).executedWan()).isEqualByComparingTo("0.00");
        assertThat(lines.get(5).statedRatePct()).isEqualByComparingTo("0.00");
    }

    @Test
    void readsAProjectsFundingSourcesUnderItsTotal() {
        List<PerformanceFundingLine> lines = facts(CorpusDocuments.QUANZHOU, "text").fundingLines().stream()
                .filter(l -> l.projectNameZh().equals("特殊人群医疗费")).toList();

        assertThat(lines).extracting(PerformanceFundingLine::lineZh, l -> l.budgetFullYearWan().toPlainString(),
                        l -> l.executedWan().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("年度资金总额", "1594.99", "772.80"),
                        org.assertj.core.groups.Tuple.tuple("其中：当年财政拨款", "1170.00", "347.81"),
                        org.assertj.core.groups.Tuple.tuple("其他资金", "0.00", "0.00"),
                        org.assertj.core.groups.Tuple.tuple("上年结转资金", "424.99", "424.99"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "pdf"})
    void readsXiamenWholeUnitTaskBudgetsSpendingAndRatesAsPrinted(String form) {
        List<PerformanceTaskFunding> tasks = facts(CorpusDocuments.XIAMEN, form).taskFunding();

        assertThat(tasks).extracting(t -> t.taskZh().substring(0, 8), t -> t.budgetWan().toPlainString(),
                        t -> t.executedWan().toPlainString(), t -> t.statedRatePct().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("保障城乡居民基本", "75427.00", "75427", "100.00"),
                        org.assertj.core.groups.Tuple.tuple("提高医保管理能力", "14605.00", "14362.19", "98.00"),
                        org.assertj.core.groups.Tuple.tuple("进一步健全多层次", "20423.14", "20423.08", "100.00"));
        assertThat(tasks).allMatch(t -> t.projectNameZh().equals("整体") && t.source() == Source.TABLE);
        assertThat(tasks).allMatch(t -> t.provenance().page() > 0);
        if (form.equals("pdf")) {
            assertThat(tasks).extracting(t -> t.provenance().page()).containsExactly(32, 33, 34);
        }
        assertThat(tasks.get(1).provenance().column()).isEqualTo("年度工作任务实际支出规模");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("documentsInBothForms")
    void readsTaskFundingOnlyFromTablesWithAWorkTaskBlock(String name, String form) {
        List<PerformanceTaskFunding> tasks = facts(name, form).taskFunding();

        assertThat(tasks).hasSize(name.equals(CorpusDocuments.XIAMEN) ? 3 : 0);
    }
}
