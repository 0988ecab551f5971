package org.fiscalwarehouse.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.extract.Line;
import org.fiscalwarehouse.extract.Page;
import org.junit.jupiter.api.Test;

class NarrativeTextTest {

    @Test
    void startsAtThePartThreeHeadingNotItsTableOfContentsEntry() throws Exception {
        NarrativeText text = NarrativeText.of(NarrativeCorpus.read("fujian-fund-centre-2023-final.txt"));
        assertThat(text.sections()).extracting(NarrativeSection::heading).contains(
                "一、收入支出决算总体情况说明", "七、一般公共预算拨款“三公”经费支出决算情况说明", "九、其他重要事项说明");
        assertThat(text.section(NarrativeTopic.OVERVIEW).orElseThrow().body()).contains("收入总计2407.03万元", "年度收入2,311.44万元");
        // the 第一部分 unit table lies before it
        assertThat(text.linesBefore()).anyMatch(l -> l.line().text().contains("在职人数"));
    }

    @Test
    void joinsFuzhouWrappedLinesAcrossBlankLinesAndPageNumbers() throws Exception {
        NarrativeText text = NarrativeText.of(NarrativeCorpus.read("fuzhou-ybj-2023-final.txt"));
        NarrativeSection overview = text.section(NarrativeTopic.OVERVIEW).orElseThrow();
        assertThat(overview.body()).contains("支出总计3213.66万元，与上年决算数相比，各减少436.59万元");
        // the page number "30" printed between 六 and 七 is dropped, and 七 still starts its own section
        NarrativeSection basic = text.section(NarrativeTopic.GPB_BASIC).orElseThrow();
        assertThat(basic.body()).endsWith("赠与。");
        assertThat(text.section(NarrativeTopic.SANGONG).orElseThrow().heading())
                .isEqualTo("七、一般公共预算拨款“三公”经费支出决算情况说明");
        // 第四部分 名词解释 is not part of the narrative
        assertThat(text.section(NarrativeTopic.OTHER_MATTERS).orElseThrow().body()).doesNotContain("名词解释");
    }

    @Test
    void readsWrappedBudgetAmountAcrossLines() throws Exception {
        NarrativeText text = NarrativeText.of(NarrativeCorpus.read("fujian-fund-centre-2025-budget.txt"));
        assertThat(text.section(NarrativeTopic.OVERVIEW).orElseThrow().body())
                .contains("收入预算2649.48万元，比上年增加500.84万元");
        assertThat(text.section(NarrativeTopic.GPB_SPENDING).orElseThrow().body())
                .contains("（三）2080505-机关事业单位基本养老保险缴费支出92.09万元");
        assertThat(text.section(NarrativeTopic.OTHER_MATTERS).orElseThrow().body())
                .contains("政府采购预算总额794万元，其中：政府采购货物预算4万元、政府采购服务预算790万元");
    }

    @Test
    void skipsAContentsPageThatListsPartThreeWithoutPageNumbers() {
        // ONLYOFFICE contents: headings only, no dot leaders, no page numbers
        Page contents = new Page(2, List.of(line(1, "目录"), line(2, "第三部分某局2024年度部门决算情况说明"),
                line(3, "一、收入支出决算总体情况说明"), line(4, "十一、其他重要事项说明"), line(5, "第四部分名词解释")));
        Page partThree = new Page(20, List.of(line(1, "第三部分某局2024年度部门决算情况说明"),
                line(2, "十一、其他重要事项的情况说明"), line(3, "机关运行经费支出96.30万元。"),
                line(4, "第四部分 名词解释"), line(5, "一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款")));
        NarrativeText text = NarrativeText.of(List.of(contents, partThree));
        NarrativeSection other = text.section(NarrativeTopic.OTHER_MATTERS).orElseThrow();
        assertThat(other.body()).isEqualTo("机关运行经费支出96.30万元。");
        assertThat(other.pageAt(0)).isEqualTo(20);
        assertThat(text.sections()).noneMatch(s -> s.body().contains("财政拨款收入"));
    }

    @Test
    void keepsALoneNumberThatIsFollowedByItsUnit() {
        List<Line> lines = List.of(line(1, "第三部分"), line(2, "九、其他重要事项说明"),
                line(3, "本单位政府采购支出总额"), line(4, "30"), line(5, "万元，其中：政府采购服务支出 30 万元。"),
                line(6, "12"), line(7, "（三）国有资产占用使用情况"));
        NarrativeSection other = NarrativeText.of(List.of(new Page(1, lines))).section(NarrativeTopic.OTHER_MATTERS)
                .orElseThrow();
        assertThat(other.body()).isEqualTo("本单位政府采购支出总额30万元，其中：政府采购服务支出30万元。\n（三）国有资产占用使用情况");
    }

    @Test
    void dropsThePageNumberAtTheFootOfAPageASentenceRunsAcross() {
        // Xiamen's PDF: "…较上年决算数减少 549.43" / page foot "23" / next page "万元，下降 23.47%，…"
        Page p23 = new Page(23, List.of(line(760, "第三部分"), line(740, "三、一般公共预算财政拨款支出决算情况说明"),
                line(777, "(十三)2101506|医疗保障经办事务本年支出 1791.79 万元，较上年决算数减少 549.43"),
                line(806, "23")));
        Page p24 = new Page(24, List.of(line(71, "万元，下降 23.47%，主要原因是：调减部分专项经费预算。")));
        NarrativeSection spending = NarrativeText.of(List.of(p23, p24)).section(NarrativeTopic.GPB_SPENDING)
                .orElseThrow();
        assertThat(spending.body()).isEqualTo(
                "(十三)2101506|医疗保障经办事务本年支出1791.79万元，较上年决算数减少549.43万元，下降23.47%，主要原因是："
                        + "调减部分专项经费预算。");
    }

    /** The PDF reader's lines: coordinates in points, a paragraph cut anywhere, headings on lines of their own. */
    @Test
    void readsThePdfPageModelTheSameWay() {
        List<Line> p1 = List.of(line(700, "第三部分 2023 年度决算情况说明 .......... 15"));
        List<Line> p15 = List.of(line(760, "第三部分"), line(740, "2023年度单位决算情况说明"),
                line(720, "一、收入支出决算总体情况说明"),
                line(700, "（二）收入决算情况说明"),
                new Line(680, List.of(new Cell("2023年度收入2,311.44", 90, 200), new Cell("万元，比上年决算数减少", 292, 150))),
                line(660, "42.47万元，下降1.8%，具体情况如下："),
                line(40, "16"));
        List<Line> p16 = List.of(line(760, "1. 一般公共预算财政拨款收入2,304.44万元。"), line(740, "第四部分 名词解释"),
                line(720, "一、财政拨款收入：指单位从本级财政部门取得的财政预算资金。"));
        NarrativeText text = NarrativeText.of(List.of(new Page(1, p1), new Page(15, p15), new Page(16, p16)));
        ParsedFacts facts = new IncomeExpenseNarrativeParser().parse(text, NarrativeCorpus.sample(
                "fujian-fund-centre-2023-final.txt").identity());
        assertThat(facts.stats()).extracting(StatFigure::metric, s -> s.value().toPlainString(), s -> s.provenance().page())
                .containsExactly(
                        tuple("t01.income_total", "2311.44", 15),
                        tuple("change.t01.income_total", "-42.47", 15),
                        tuple("change_pct.t01.income_total", "-1.8", 15),
                        tuple("t01.gpb_appropriation", "2304.44", 16));
    }

    @Test
    void readsSignedChangesAndSetsGrowthRatesFromAZeroBaseApart() {
        assertThat(YearOnYearChange.read("万元，比上年决算数减少220.01万元，下降6.55%，", new BigDecimal("3139.49")))
                .contains(new YearOnYearChange(new BigDecimal("-220.01"), new BigDecimal("-6.55"), null));
        assertThat(YearOnYearChange.read("万元，与上年决算数相比，各增加483.23万元，增长4.68%", new BigDecimal("10810.64")))
                .contains(new YearOnYearChange(new BigDecimal("483.23"), new BigDecimal("4.68"), null));
        // "增长 0%" from nothing last year is not a rate: kept apart for the check that reports it
        assertThat(YearOnYearChange.read("万元，完成全年预算的24%；较上年增加0.48万元，增长0%", new BigDecimal("0.48")))
                .contains(new YearOnYearChange(new BigDecimal("0.48"), null, new BigDecimal("0")));
        assertThat(YearOnYearChange.read("万元，完成全年预算的0.00%；较上年持平", BigDecimal.ZERO))
                .contains(new YearOnYearChange(BigDecimal.ZERO, null, null));
        assertThat(YearOnYearChange.read("万元，比上年决算数增长1.85%，主要原因是在编人员增加", new BigDecimal("119.14")))
                .contains(new YearOnYearChange(null, new BigDecimal("1.85"), null));
        assertThat(YearOnYearChange.read("万元，较上年决算数净增加20.00万元", new BigDecimal("20.00")))
                .contains(new YearOnYearChange(new BigDecimal("20.00"), null, null));
        assertThat(YearOnYearChange.read("万元，主要用于在职人员支出", new BigDecimal("1"))).isEmpty();
    }

    private static Line line(double y, String text) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(text, 90, 400));
        return new Line(y, cells);
    }
}
