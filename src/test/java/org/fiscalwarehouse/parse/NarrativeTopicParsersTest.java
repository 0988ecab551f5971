package org.fiscalwarehouse.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.extract.Line;
import org.fiscalwarehouse.extract.Page;
import org.fiscalwarehouse.parse.NarrativeCorpus.Sample;
import org.junit.jupiter.api.Test;

class NarrativeTopicParsersTest {

    private static ParsedFacts parse(NarrativeTopicParser parser, String file) throws Exception {
        Sample s = NarrativeCorpus.sample(file);
        return parser.parse(NarrativeCorpus.read(file), s.identity());
    }

    private static Optional<BigDecimal> stat(ParsedFacts facts, String metric) {
        return facts.stats().stream().filter(s -> s.metric().equals(metric)).map(StatFigure::value).findFirst();
    }

    @Test
    void readsXiamenReceptionDespiteMisnumberedParagraph() throws Exception {
        ParsedFacts facts = parse(new SangongNarrativeParser(), "xiamen-ybj-2023-final.txt");
        SangongFigure reception = facts.sangong().stream()
                .filter(s -> s.category().equals("reception") && s.phase().equals(SangongFigure.FINAL))
                .findFirst().orElseThrow();
        assertThat(reception.amountWan()).isEqualByComparingTo("3.98");
        assertThat(reception.statedRatePct()).isEqualByComparingTo("44.22");
        assertThat(reception.source()).isEqualTo(Source.NARRATIVE);
        assertThat(reception.provenance().table()).isEqualTo("七、一般公共预算拨款“三公”经费支出决算情况说明");
        assertThat(reception.provenance().rowLabel()).startsWith("（二）公务接待费支出3.98万元");
        assertThat(reception.provenance().column()).isNull();
        assertThat(stat(facts, "change.sangong.reception")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2.17"));
        assertThat(stat(facts, "change_pct.sangong.reception")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("119.89"));
        assertThat(stat(facts, "reception.batches")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("24"));
        assertThat(stat(facts, "reception.person_times")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("295"));
        // outbound "增长 100%" from nothing last year gives a change but no rate
        assertThat(stat(facts, "change.sangong.outbound")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6.46"));
        assertThat(stat(facts, "change_pct.sangong.outbound")).isEmpty();
        assertThat(stat(facts, "change_pct_zero_base.sangong.outbound"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
        assertThat(stat(facts, "change.sangong.vehicle_operation")).hasValueSatisfying(v -> assertThat(v).isZero());
    }

    @Test
    void readsFuzhouSelfEvaluationCountNamesAndFunds() throws Exception {
        ParsedFacts facts = parse(new PerformanceNarrativeParser(), "fuzhou-ybj-2023-final.txt");
        assertThat(stat(facts, "performance.projects_evaluated")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8"));
        assertThat(stat(facts, "performance.funds_total")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2133.59"));
        // the names wrap over lines and a page break ("医\n\n保服务站…", " 综合工作经费")
        assertThat(facts.stats()).filteredOn(s -> s.metric().equals("performance.project_named"))
                .extracting(StatFigure::item)
                .containsExactly("外伤医疗费用结算审核服务费", "医保服务站工作经费", "临聘人员经费", "网络专项服务", "物业水电费",
                        "综合工作经费", "医疗服务与保障能力提升补助资金");
    }

    @Test
    void readsNoSelfEvaluationCountWhereXiamenOnlyNamesItsFirstLevelProject() throws Exception {
        ParsedFacts facts = parse(new PerformanceNarrativeParser(), "xiamen-ybj-2023-final.txt");
        assertThat(facts.stats()).isEmpty();
    }

    @Test
    void readsFuzhouPrintedZeroBudgetsOfSangongCategories() throws Exception {
        ParsedFacts facts = parse(new SangongNarrativeParser(), "fuzhou-ybj-2023-final.txt");
        assertThat(facts.sangong()).filteredOn(s -> s.phase().equals(SangongFigure.BUDGET))
                .extracting(SangongFigure::category, s -> s.amountWan().signum(), SangongFigure::source)
                .containsExactlyInAnyOrder(tuple("outbound", 0, Source.NARRATIVE), tuple("vehicle_total", 0, Source.NARRATIVE),
                        tuple("vehicle_purchase", 0, Source.NARRATIVE), tuple("vehicle_operation", 0, Source.NARRATIVE));
        // total and reception state only a rate, so their budget is left to derivation
        assertThat(facts.sangong()).filteredOn(s -> s.category().equals("total"))
                .extracting(SangongFigure::phase, s -> s.amountWan().toPlainString(), s -> s.statedRatePct().toPlainString())
                .containsExactly(tuple("final", "2.90", "96.67"));
        assertThat(stat(facts, "vehicles")).hasValueSatisfying(v -> assertThat(v).isZero());
    }

    @Test
    void keepsASpendingStatedEqualToItsUnprintedBudgetAsADifferenceOfZero() throws Exception {
        // "因公出国（境）费支出0万元，与全年预算数持平": the budget is not printed, the difference from it is 0
        ParsedFacts facts = parse(new SangongNarrativeParser(), "fujian-fund-centre-2023-final.txt");
        assertThat(facts.stats()).filteredOn(s -> s.metric().startsWith("change_vs_budget."))
                .extracting(StatFigure::metric, s -> s.value().signum())
                .containsExactlyInAnyOrder(tuple("change_vs_budget.sangong.outbound", 0),
                        tuple("change_vs_budget.sangong.vehicle_total", 0),
                        tuple("change_vs_budget.sangong.vehicle_purchase", 0),
                        tuple("change_vs_budget.sangong.vehicle_operation", 0));
        assertThat(facts.sangong()).noneMatch(s -> s.phase().equals(SangongFigure.BUDGET));
        // Fuzhou prints the budget ("与全年预算的0万元持平"): that is a budget, not a difference
        assertThat(parse(new SangongNarrativeParser(), "fuzhou-ybj-2023-final.txt").stats())
                .noneMatch(s -> s.metric().startsWith("change_vs_budget."));
    }

    @Test
    void readsBudgetSangongArrangementsAndNoBudgetMeansZero() throws Exception {
        ParsedFacts facts = parse(new SangongNarrativeParser(), "fujian-fund-centre-2025-budget.txt");
        assertThat(facts.sangong()).allMatch(s -> s.phase().equals(SangongFigure.BUDGET) && s.fiscalYear() == 2025)
                .extracting(SangongFigure::category, s -> s.amountWan().toPlainString())
                .containsExactlyInAnyOrder(tuple("outbound", "0"), tuple("reception", "2"),
                        tuple("vehicle_operation", "0"), tuple("vehicle_purchase", "0"));
        assertThat(stat(facts, "change.sangong.reception")).hasValueSatisfying(v -> assertThat(v).isZero());
    }

    @Test
    void readsFundCentreSubjectsOnlyStatedInTheNarrative() throws Exception {
        ParsedFacts facts = parse(new SubjectSpendingNarrativeParser(), "fujian-fund-centre-2023-final.txt");
        assertThat(facts.funcAmounts()).hasSize(9).allMatch(f -> f.tableCode().equals("T05")
                && f.measure().equals("total") && f.source() == Source.NARRATIVE);
        FuncAmount first = facts.funcAmounts().get(0);
        assertThat(first.subjectCode()).isEqualTo("2080109");
        assertThat(first.subjectNameZh()).isEqualTo("社会保险经办机构");
        assertThat(first.amountWan()).isEqualByComparingTo("719.06");
        assertThat(stat(facts, "change.t05.2080109")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-237.89"));
        assertThat(stat(facts, "change_pct.t05.2080109")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-24.86"));
    }

    @Test
    void readsXiamenPipeSeparatedSubjectsWithTheirYearOnYearChange() throws Exception {
        ParsedFacts facts = parse(new SubjectSpendingNarrativeParser(), "xiamen-ybj-2023-final.txt");
        assertThat(facts.funcAmounts()).hasSize(15);
        assertThat(facts.funcAmounts()).filteredOn(f -> f.subjectCode().equals("2080501"))
                .extracting(FuncAmount::subjectNameZh, f -> f.amountWan().toPlainString())
                .containsExactly(tuple("行政单位离退休", "60.67"));
        assertThat(stat(facts, "change.t05.2080501")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("17.91"));
        assertThat(stat(facts, "change_pct.t05.2080501")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("41.88"));
        // 2101201 was new: 增长100% from zero is not a rate
        assertThat(stat(facts, "change_pct.t05.2101201")).isEmpty();
    }

    @Test
    void readsQuanzhouNarrativeOnlyDeathBenefitOfZero() throws Exception {
        ParsedFacts facts = parse(new SubjectSpendingNarrativeParser(), "quanzhou-ybj-2024-final.txt");
        assertThat(facts.funcAmounts()).hasSize(17).filteredOn(f -> f.subjectCode().equals("2080801"))
                .extracting(f -> f.amountWan().toPlainString()).containsExactly("0.00");
        assertThat(stat(facts, "change.t05.2080801")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-18.88"));
    }

    @Test
    void readsBudgetSubjectsAsB05() throws Exception {
        ParsedFacts facts = parse(new SubjectSpendingNarrativeParser(), "fujian-fund-centre-2025-budget.txt");
        assertThat(facts.funcAmounts()).hasSize(8).allMatch(f -> f.tableCode().equals("B05"));
        assertThat(facts.funcAmounts()).filteredOn(f -> f.subjectCode().equals("2080505"))
                .extracting(f -> f.amountWan().toPlainString()).containsExactly("92.09");
    }

    @Test
    void readsBudgetTotalsDespiteTheCarryOverMisprint() throws Exception {
        ParsedFacts facts = parse(new IncomeExpenseNarrativeParser(), "fujian-fund-centre-2025-budget.txt");
        assertThat(stat(facts, "budget.income_total")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2649.48"));
        assertThat(stat(facts, "change.budget.income_total")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("500.84"));
        assertThat(stat(facts, "budget.carryover")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("246.06"));
        assertThat(stat(facts, "budget.gpb_total")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2403.42"));
        assertThat(stat(facts, "change_pct.budget.gpb_total")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("11.86"));
        assertThat(facts.stats()).noneMatch(s -> s.metric().startsWith("t0"));
    }

    @Test
    void takesXiamenBasicSpendingFromItsItemisedLineNotFromAQuotedReason() throws Exception {
        // 一(一) quotes "数据监测中心基本支出 390.76 万元" before 一(三) itemises 基本支出 4539.24
        ParsedFacts facts = parse(new IncomeExpenseNarrativeParser(), "xiamen-ybj-2023-final.txt");
        assertThat(facts.stats()).filteredOn(s -> s.metric().equals("t03.basic_total"))
                .extracting(s -> s.value().toPlainString()).containsExactly("4539.24");
    }

    @Test
    void readsFundCentreAdminCostWithOnlyAStatedRate() throws Exception {
        ParsedFacts facts = parse(new OtherMattersNarrativeParser(), "fujian-fund-centre-2023-final.txt");
        assertThat(stat(facts, "admin_operating_cost")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("119.14"));
        assertThat(stat(facts, "change.admin_operating_cost")).isEmpty();
        assertThat(stat(facts, "change_pct.admin_operating_cost")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.85"));
    }

    @Test
    void statesOnlyTheProcurementPartsTheBudgetPrints() throws Exception {
        ParsedFacts facts = parse(new OtherMattersNarrativeParser(), "fujian-fund-centre-2025-budget.txt");
        assertThat(facts.stats()).filteredOn(s -> s.metric().startsWith("procurement."))
                .extracting(StatFigure::metric, s -> s.value().toPlainString())
                .containsExactlyInAnyOrder(tuple("procurement.total", "794"), tuple("procurement.goods", "4"),
                        tuple("procurement.services", "790"));
    }

    @Test
    void readsProcurementStatedAsContractAmountsWithTheirParts() {
        List<Line> lines = List.of(line(1, "第三部分"), line(2, "十一、其他重要事项的情况说明"),
                line(3, "本局2024年度政府采购金额（以合同签订为准）为120.50万元，其中：货物采购金额20.50万元、"),
                line(4, "工程采购金额0万元、服务采购金额100万元。面向中小企业预留政府采购项目预算金额100万元。"));
        ParsedFacts facts = new OtherMattersNarrativeParser().parse(NarrativeText.of(List.of(new Page(24, lines))),
                NarrativeCorpus.sample("fuzhou-ybj-2023-final.txt").identity());
        assertThat(facts.stats()).filteredOn(s -> s.metric().startsWith("procurement."))
                .extracting(StatFigure::metric, s -> s.value().toPlainString())
                .containsExactlyInAnyOrder(tuple("procurement.total", "120.50"), tuple("procurement.goods", "20.50"),
                        tuple("procurement.works", "0"), tuple("procurement.services", "100"));
    }

    @Test
    void readsNoFigureStatedInYuanRatherThanWan() {
        // narrative parsers read "X万元" only; a 元 amount is never taken for 万元
        List<Line> lines = List.of(line(1, "第三部分"), line(2, "十一、其他重要事项的情况说明"),
                line(3, "机关运行经费支出1846500.00元，比上年增加25500元。政府采购支出总额2512500元。"));
        ParsedFacts facts = new OtherMattersNarrativeParser().parse(NarrativeText.of(List.of(new Page(24, lines))),
                NarrativeCorpus.sample("fuzhou-ybj-2023-final.txt").identity());
        assertThat(facts.stats()).isEmpty();
    }

    private static Line line(double y, String text) {
        return new Line(y, List.of(new Cell(text, 60, 400)));
    }

    @Test
    void namesEachUnitOfXiamensHeadcountList() throws Exception {
        ParsedFacts facts = parse(new HeadcountParser(), "xiamen-ybj-2023-final.txt");
        assertThat(facts.stats()).extracting(StatFigure::item, s -> s.value().intValue(), StatFigure::valueUnit)
                .containsExactly(tuple("厦门市医疗保障局（本级）", 20, "persons"), tuple("厦门市医疗保障中心", 79, "persons"),
                        tuple("厦门市医疗保障数据监测中心", 17, "persons"));
    }

    @Test
    void readsASingleUnitsHeadcountWithoutItem() throws Exception {
        assertThat(parse(new HeadcountParser(), "fuzhou-ybj-2023-final.txt").stats())
                .extracting(StatFigure::item, s -> s.value().intValue()).containsExactly(tuple(null, 55));
        assertThat(parse(new HeadcountParser(), "fujian-fund-centre-2023-final.txt").stats())
                .extracting(StatFigure::item, s -> s.value().intValue()).containsExactly(tuple(null, 45));
    }

    @Test
    void readsNoHeadcountWhereNoneIsPrinted() throws Exception {
        assertThat(parse(new HeadcountParser(), "quanzhou-ybj-2024-final.txt").stats()).isEmpty();
        assertThat(parse(new HeadcountParser(), "fujian-fund-centre-2025-budget.txt").stats()).isEmpty();
    }

    /** A PDF unit table: x in points, the empty 单位性质 cell omitted; values go by nearest column header. */
    @Test
    void readsHeadcountFromAPdfTableByColumnPosition() {
        Line header = new Line(500, List.of(new Cell("序号", 60, 30), new Cell("单位名称", 150, 60),
                new Cell("单位性质", 300, 60), new Cell("在职人数", 420, 60)));
        Line row1 = new Line(480, List.of(new Cell("1", 70, 8), new Cell("某市医疗保障局", 130, 100),
                new Cell("12", 445, 12)));
        Line row2 = new Line(460, List.of(new Cell("2", 70, 8), new Cell("某市医疗保障中心", 130, 100),
                new Cell("事业单位", 300, 60), new Cell("8", 447, 8)));
        Line next = new Line(440, List.of(new Cell("三、单位主要工作总结", 60, 200)));
        NarrativeText text = NarrativeText.of(List.of(new Page(3, List.of(header, row1, row2, next))));
        ParsedFacts facts = new HeadcountParser().parse(text, NarrativeCorpus.sample("fuzhou-ybj-2023-final.txt").identity());
        assertThat(facts.stats()).extracting(StatFigure::item, s -> s.value().intValue(), s -> s.provenance().page())
                .containsExactly(tuple("某市医疗保障局", 12, 3), tuple("某市医疗保障中心", 8, 3));
    }
}
