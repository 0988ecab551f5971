package org.fiscalwarehouse.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.fiscalwarehouse.extract.DocumentExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two real disclosures of another city (Shanghai 普陀区), made with other tools than the samples and titling the
 * national tables their own way: each loads with its identity, its summary table and its 三公 figures in 万元. The
 * expected figures are read off the printed PDFs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealDisclosuresTest {

    private ParsedDocument finalAccount;
    private ParsedDocument budget;

    @BeforeAll
    void parseBoth() {
        Assumptions.assumeTrue(RealDisclosures.present(), RealDisclosures.absentReason());
        DocumentParser parser = DocumentParser.withDefaultParsers(CorpusDocuments.catalogue());
        finalAccount = parser.parse(extract(RealDisclosures.FINAL_2024));
        budget = parser.parse(extract(RealDisclosures.BUDGET_2025));
    }

    private static org.fiscalwarehouse.extract.ExtractedDocument extract(String name) {
        Path file = RealDisclosures.folder().resolve(name);
        // a neutral file name: the identity must come from the content
        return DocumentExtractor.withDefaultReaders().extract(name, file.toUri().toString(), "document.pdf", "sha",
                Instant.EPOCH, file);
    }

    @Test
    void recognisesTheOnlyofficeFinalAccountAsTheFinanceBureaus2024DepartmentFinal() {
        DocumentIdentity id = finalAccount.identity();
        assertThat(id.unitNameZh()).isEqualTo("上海市普陀区财政局");
        assertThat(id.fiscalYear()).isEqualTo(2024);
        assertThat(id.kind()).isEqualTo(DocKind.FINAL);
        assertThat(id.scope()).isEqualTo(Scope.DEPARTMENT);
        assertThat(finalAccount.status()).as(finalAccount.statusReason()).isEqualTo(DocumentStatus.LOADED);
    }

    @Test
    void readsTheFinalAccountsTable01InWan() {
        Map<String, BigDecimal> t01 = tableStats(finalAccount, "t01.");
        assertThat(t01).containsOnlyKeys("t01.gpb_appropriation", "t01.other_income", "t01.income_total",
                "t01.expense_total", "t01.carryover_begin", "t01.carryover_end", "t01.grand_total");
        assertThat(t01.get("t01.gpb_appropriation")).isEqualByComparingTo("2940.05");
        assertThat(t01.get("t01.other_income")).isEqualByComparingTo("6.20");
        assertThat(t01.get("t01.income_total")).isEqualByComparingTo("2946.25");
        assertThat(t01.get("t01.expense_total")).isEqualByComparingTo("2940.05");
        assertThat(t01.get("t01.carryover_begin")).isEqualByComparingTo("49.14");
        assertThat(t01.get("t01.carryover_end")).isEqualByComparingTo("55.34");
        assertThat(t01.get("t01.grand_total")).isEqualByComparingTo("2995.39");
        assertThat(finalAccount.facts().funcAmounts().stream().filter(f -> f.tableCode().equals("T01")))
                .extracting(FuncAmount::subjectCode, f -> f.amountWan().toPlainString())
                .containsExactly(tuple("201", "2106.66"), tuple("208", "326.71"), tuple("210", "60.99"),
                        tuple("221", "445.69"));
    }

    @Test
    void readsTheFinalAccountsTwelveColumnSangongTableByItsHeaderLabels() {
        // the table prints only 合计 and 公务接待费 budgets (0.95); every other cell is blank
        Map<String, BigDecimal> budgeted = sangong(finalAccount, SangongFigure.BUDGET, 2024);
        assertThat(budgeted).containsOnlyKeys("total", "outbound", "vehicle_total", "vehicle_purchase",
                "vehicle_operation", "reception");
        assertThat(budgeted.get("total")).isEqualByComparingTo("0.95");
        assertThat(budgeted.get("reception")).isEqualByComparingTo("0.95");
        assertThat(budgeted.get("outbound")).isZero();
        assertThat(budgeted.get("vehicle_total")).isZero();
        Map<String, BigDecimal> spent = sangong(finalAccount, SangongFigure.FINAL, 2024);
        assertThat(spent).hasSize(6).allSatisfy((category, amount) -> assertThat(amount).as(category).isZero());
        SangongFigure purchase = tableSangong(finalAccount).stream()
                .filter(s -> s.category().equals("vehicle_purchase") && s.phase().equals(SangongFigure.FINAL))
                .findFirst().orElseThrow();
        assertThat(purchase.provenance().page()).isEqualTo(18);
        assertThat(purchase.provenance().column()).isEqualTo("决算数");
        assertThat(purchase.provenance().rowLabel()).contains("公务用车购置费");
    }

    @Test
    void readsTheFinalAccountsNarrativePastAContentsPageWithoutPageNumbers() {
        Map<String, BigDecimal> narrative = finalAccount.facts().stats().stream()
                .filter(s -> s.source() == Source.NARRATIVE && s.fiscalYear() == 2024)
                .collect(Collectors.toMap(StatFigure::metric, StatFigure::value, (a, b) -> a));
        assertThat(narrative.get("admin_operating_cost")).isEqualByComparingTo("184.65");
        assertThat(narrative.get("procurement.total")).isEqualByComparingTo("251.25");
        assertThat(narrative.get("procurement.goods")).isEqualByComparingTo("4.79");
        assertThat(narrative.get("procurement.services")).isEqualByComparingTo("246.47");
        assertThat(narrative.get("t01.grand_total")).isEqualByComparingTo("2995.39");
    }

    @Test
    void recognisesTheWpsBudgetAsTheGovernmentOffices2025DepartmentBudget() {
        DocumentIdentity id = budget.identity();
        assertThat(id.unitNameZh()).isEqualTo("上海市普陀区人民政府办公室");
        assertThat(id.fiscalYear()).isEqualTo(2025);
        assertThat(id.kind()).isEqualTo(DocKind.BUDGET);
        assertThat(id.scope()).isEqualTo(Scope.DEPARTMENT);
        assertThat(budget.status()).as(budget.statusReason()).isEqualTo(DocumentStatus.LOADED);
    }

    @Test
    void convertsTheBudgetsSummaryTablesFromYuanToWanExactly() {
        // 收支预算总表, 财政拨款收支预算总表 and 支出预算总表 print 元: 91,016,775.35 元 is 9101.677535 万元
        Map<String, List<StatFigure>> read = budget.facts().stats().stream()
                .filter(s -> s.source() == Source.TABLE && s.metric().startsWith("budget."))
                .collect(Collectors.groupingBy(StatFigure::metric));
        assertThat(read).containsKeys("budget.income_total", "budget.expense_total", "budget.gpb_appropriation",
                "budget.fiscal_total", "budget.basic_total", "budget.project_total");
        assertAll(read.get("budget.income_total"), "9101.677535");
        assertAll(read.get("budget.expense_total"), "9101.677535");
        assertAll(read.get("budget.gpb_appropriation"), "9101.677535");
        assertAll(read.get("budget.fiscal_total"), "9101.677535");
        assertAll(read.get("budget.basic_total"), "2460.677535");
        assertAll(read.get("budget.project_total"), "6641.00");
        assertThat(read.values().stream().flatMap(List::stream))
                .allMatch(s -> s.provenance().column().endsWith("(元→万元)") && s.valueUnit().equals("wan_yuan"));
        assertThat(budget.facts().funcAmounts().stream().filter(f -> f.tableCode().equals("B01")))
                .extracting(FuncAmount::subjectCode, f -> f.amountWan().toPlainString())
                .containsExactly(tuple("201", "8209.679742"), tuple("208", "421.377928"),
                        tuple("210", "109.707343"), tuple("221", "360.912522"));
    }

    @Test
    void readsTheBudgetsCombinedSangongAndAdminCostTableInWanAsPrinted() {
        // the “三公”经费和机关运行经费预算表 states 万元 while the budget's other tables state 元
        Map<String, BigDecimal> budgeted = sangong(budget, SangongFigure.BUDGET, 2025);
        assertThat(budgeted).containsOnlyKeys("total", "outbound", "vehicle_total", "vehicle_purchase",
                "vehicle_operation", "reception");
        assertThat(budgeted.get("total")).isEqualByComparingTo("867.50");
        assertThat(budgeted.get("outbound")).isEqualByComparingTo("839.00");
        assertThat(budgeted.get("reception")).isEqualByComparingTo("28.50");
        assertThat(budgeted.get("vehicle_total")).isZero();
        assertThat(budgeted.get("vehicle_purchase")).isZero();
        assertThat(budgeted.get("vehicle_operation")).isZero();
        assertThat(tableSangong(budget)).allMatch(s -> s.phase().equals(SangongFigure.BUDGET)
                && !s.provenance().column().contains("→"));
        StatFigure admin = budget.facts().stats().stream()
                .filter(s -> s.metric().equals("admin_operating_cost") && s.source() == Source.TABLE)
                .findFirst().orElseThrow();
        assertThat(admin.value()).isEqualByComparingTo("213.28");
        assertThat(admin.fiscalYear()).isEqualTo(2025);
    }

    @Test
    void readsSubjectCodesPrintedOverClassItemAndSubItemColumns() {
        // both documents print 类 | 款 | 项 in separate columns: "201 | 06 | 01 | 行政运行"
        assertThat(func(finalAccount, "T03", "2010601", "basic")).isEqualByComparingTo("1503.52");
        assertThat(func(finalAccount, "T03", "2010601", "project")).isEqualByComparingTo("8.37");
        assertThat(func(finalAccount, "T05", "2210203", "total")).isEqualByComparingTo("258.50");
        assertThat(econ(finalAccount, "30239")).isEqualByComparingTo("48.49");
        assertThat(econ(finalAccount, "30217")).isZero();
        assertThat(func(budget, "B03", "2010302", "project")).isEqualByComparingTo("4614.00");
        assertThat(func(budget, "B05", "2080599", "total")).isEqualByComparingTo("1.482");
        assertThat(econ(budget, "30217")).isEqualByComparingTo("18.50");
        Map<String, BigDecimal> b09 = tableStats(budget, "budget.p");
        assertThat(b09.get("budget.personnel")).isEqualByComparingTo("2247.399781");
        assertThat(b09.get("budget.public")).isEqualByComparingTo("213.277754");
    }

    private static BigDecimal func(ParsedDocument doc, String table, String code, String measure) {
        return doc.facts().funcAmounts().stream().filter(f -> f.tableCode().equals(table)
                && f.subjectCode().equals(code) && f.measure().equals(measure)).findFirst().orElseThrow().amountWan();
    }

    private static BigDecimal econ(ParsedDocument doc, String code) {
        return doc.facts().econAmounts().stream().filter(e -> e.econCode().equals(code)).findFirst().orElseThrow()
                .amountWan();
    }

    private static void assertAll(List<StatFigure> figures, String expected) {
        assertThat(figures).isNotEmpty()
                .allSatisfy(s -> assertThat(s.value()).as(s.provenance().table()).isEqualByComparingTo(expected));
    }

    private static Map<String, BigDecimal> tableStats(ParsedDocument doc, String prefix) {
        return doc.facts().stats().stream().filter(s -> s.source() == Source.TABLE && s.metric().startsWith(prefix))
                .collect(Collectors.toMap(StatFigure::metric, StatFigure::value));
    }

    private static List<SangongFigure> tableSangong(ParsedDocument doc) {
        return doc.facts().sangong().stream().filter(s -> s.source() == Source.TABLE).toList();
    }

    private static Map<String, BigDecimal> sangong(ParsedDocument doc, String phase, int year) {
        return tableSangong(doc).stream().filter(s -> s.phase().equals(phase) && s.fiscalYear() == year)
                .collect(Collectors.toMap(SangongFigure::category, SangongFigure::amountWan));
    }
}
