package org.fiscalwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fiscalwarehouse.warehouse.SubjectDimension.Member;
import org.junit.jupiter.api.Test;

class SubjectDimensionTest {

    private static final SubjectReference NATIONAL = new SubjectReference(Map.of(
            "208", "社会保障和就业支出", "20808", "抚恤", "2080801", "死亡抚恤",
            "210", "卫生健康支出", "21012", "财政对基本医疗保险基金的补助",
            "2101202", "财政对城乡居民基本医疗保险基金的补助", "21015", "医疗保障管理事务", "2101550", "事业运行"));

    @Test
    void aProjectSubjectBringsItsKuanAndClassNamedFromTheReferenceWhenNoDocumentPrintsThem() {
        SubjectDimension dimension = new SubjectDimension(NATIONAL, 3, 5, 7);
        dimension.add("2080801", "死亡抚恤支出");
        assertThat(dimension.members()).containsExactly(
                new Member("208", "社会保障和就业支出", "类", null, "reference"),
                new Member("20808", "抚恤", "款", "208", "reference"),
                // the unit's own wording is kept although the national name differs
                new Member("2080801", "死亡抚恤支出", "项", "20808", "document"));
    }

    @Test
    void aNameCutOffByItsCellIsCompletedFromTheReference() {
        SubjectDimension dimension = new SubjectDimension(NATIONAL, 3, 5, 7);
        dimension.add("2101202", "财政对城乡居民基本医疗保险基金的补");
        assertThat(member(dimension, "2101202"))
                .isEqualTo(new Member("2101202", "财政对城乡居民基本医疗保险基金的补助", "项", "21012", "reference"));
    }

    @Test
    void documentsThatDisagreeTakeTheNationalNameWhenOneOfThemPrintsIt() {
        SubjectDimension dimension = new SubjectDimension(NATIONAL, 3, 5, 7);
        dimension.add("2101550", "专业运行");
        dimension.add("2101550", "专业运行");
        dimension.add("2101550", "事业运行");
        assertThat(member(dimension, "2101550").nameZh()).isEqualTo("事业运行");
        assertThat(member(dimension, "2101550").nameSource()).isEqualTo("document");
    }

    @Test
    void withoutAReferenceNameTheNameMostDocumentsPrintWinsAndTheFirstOnATie() {
        SubjectDimension dimension = new SubjectDimension(new SubjectReference(Map.of()), 3, 5);
        dimension.add("30217", "公务接待费");
        dimension.add("30217", "接待费");
        dimension.add("30217", "接待费");
        dimension.add("30231", "公务用车运行维护费");
        dimension.add("30231", "公务用车运行费");
        assertThat(member(dimension, "30217").nameZh()).isEqualTo("接待费");
        assertThat(member(dimension, "30231").nameZh()).isEqualTo("公务用车运行维护费");
        // a class no document names and the reference lacks: a row all the same, without a name
        assertThat(member(dimension, "302")).isEqualTo(new Member("302", null, "类", null, null));
    }

    @Test
    void summaryTableOrdinalsAndSpacingAreNotPartOfTheName() {
        SubjectDimension dimension = new SubjectDimension(NATIONAL, 3, 5, 7);
        dimension.add("210", "九、卫生健康 支出");
        dimension.add("201", "一般公共服务支出"); // starts with 一 but has no ordinal
        dimension.add("20808", "（三）抚恤");
        assertThat(member(dimension, "210").nameZh()).isEqualTo("卫生健康支出");
        assertThat(member(dimension, "210").nameSource()).isEqualTo("document");
        assertThat(member(dimension, "201").nameZh()).isEqualTo("一般公共服务支出");
        assertThat(member(dimension, "20808").nameZh()).isEqualTo("抚恤");
    }

    @Test
    void aCodeOfNoKnownLengthStandsAloneWithoutLevelOrParent() {
        SubjectDimension dimension = new SubjectDimension(NATIONAL, 3, 5, 7);
        dimension.add("2101", "卫生");
        assertThat(dimension.members()).containsExactly(new Member("2101", "卫生", null, null, "document"));
    }

    @Test
    void theBundledListsNameTheClassesAndTheKuanOfTheSampleUnits() {
        SubjectReference functional = SubjectReference.functional();
        assertThat(functional.nameOf("210")).contains("卫生健康支出");
        assertThat(functional.nameOf("20808")).contains("抚恤");
        assertThat(functional.nameOf("21015")).contains("医疗保障管理事务");
        assertThat(SubjectReference.economic().nameOf("30704")).contains("国外债务发行费用");
        for (String code : List.of("201", "208", "210", "221", "229")) {
            assertThat(functional.nameOf(code)).as(code).isPresent();
        }
    }

    private static Member member(SubjectDimension dimension, String code) {
        return dimension.members().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }
}
