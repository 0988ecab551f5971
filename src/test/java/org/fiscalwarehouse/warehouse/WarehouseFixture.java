package org.fiscalwarehouse.warehouse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.fiscalwarehouse.parse.DocKind;
import org.fiscalwarehouse.parse.DocumentIdentity;
import org.fiscalwarehouse.parse.DocumentStatus;
import org.fiscalwarehouse.parse.EconAmount;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.ProjectPerformance;
import org.fiscalwarehouse.parse.Provenance;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Scope;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;
import org.fiscalwarehouse.reconcile.CheckResult;
import org.fiscalwarehouse.reconcile.CheckStatus;
import org.fiscalwarehouse.reconcile.ReconciledDocument;

/**
 * Hand-built reconciled documents covering what the warehouse must get right: two finals of one unit (2023 with
 * table, narrative and derived prior-year 三公 figures; 2022 with its own), a budget, a rejected file and a unit
 * the catalogue does not know.
 */
public final class WarehouseFixture {

    public static final String FZ_2023 = "doc-fz-2023-final";
    public static final String FZ_2022 = "doc-fz-2022-final";
    public static final String FZ_2024_BUDGET = "doc-fz-2024-budget";
    public static final String REJECTED = "doc-rejected";
    public static final String GULOU_2023 = "doc-gulou-2023-final";

    private static final Provenance T01 = new Provenance(3, "公开01表 收入支出决算总表", "本年收入合计", "决算数");
    private static final Provenance T07 = new Provenance(9, "公开07表 一般公共预算财政拨款“三公”经费支出决算表", "合计", "决算数");
    private static final Provenance TEXT = new Provenance(12, "三、“三公”经费支出情况说明", "……", null);

    private WarehouseFixture() {
    }

    /** The folder of a local warehouse's current version: where its tables are. */
    public static java.nio.file.Path currentVersion(java.nio.file.Path warehouse) throws java.io.IOException {
        return new WarehouseVersions(WarehouseLocation.of(warehouse.toString()),
                ParquetTableWriter.defaultConfiguration()).current().orElseThrow().location().localDirectory();
    }

    public static List<UnitRow> units() {
        return List.of(
                new UnitRow("fuzhou-hsa", "福州市医疗保障局", "福建省福州市", "prefecture", "行政单位"),
                new UnitRow("xiamen-hsa", "厦门市医疗保障局", "福建省厦门市", "prefecture", "行政单位"),
                new UnitRow("quanzhou-hsa", "泉州市医疗保障局", "福建省泉州市", "prefecture", "行政单位"),
                new UnitRow("fujian-fund-centre", "福建省医疗保障基金中心", "福建省", "province", "参照公务员法管理事业单位"));
    }

    public static List<ReconciledDocument> documents() {
        return List.of(fuzhou2023(), fuzhou2022(), fuzhou2024Budget(), rejected(), gulou2023());
    }

    static ReconciledDocument fuzhou2023() {
        ParsedFacts f = ParsedFacts.empty();
        f.stats().add(stat(2023, "t01.income_total", null, "3139.49", Source.TABLE));
        f.stats().add(stat(2023, "t01.income_total", null, "3139.50", Source.NARRATIVE)); // table wins
        f.stats().add(stat(2023, "t01.expense_total", null, "3000.00", Source.TABLE));
        f.stats().add(stat(2023, "t01.carryover_begin", null, "10.00", Source.TABLE));
        f.stats().add(stat(2023, "t01.carryover_end", null, "149.49", Source.TABLE));
        f.stats().add(stat(2023, "t01.grand_total", null, "3149.49", Source.TABLE));
        f.stats().add(stat(2023, "t01.gpb_appropriation", null, "3100.00", Source.TABLE));
        f.stats().add(stat(2023, "t01.other_income", null, "39.49", Source.TABLE));
        f.stats().add(stat(2023, "t03.basic_total", null, "2500.00", Source.TABLE));
        f.stats().add(stat(2023, "t03.project_total", null, "500.00", Source.TABLE));
        f.stats().add(stat(2022, "t01.income_total", null, "2900.00", Source.DERIVED)); // prior year: not in 2023 row
        f.stats().add(stat(2023, "admin_operating_cost", null, "120.50", Source.NARRATIVE));
        f.stats().add(stat(2023, "procurement.total", null, "88.00", Source.NARRATIVE));
        f.stats().add(new StatFigure(2023, "headcount", "本级", new BigDecimal("30"), "persons", Source.NARRATIVE, TEXT));
        f.stats().add(new StatFigure(2023, "headcount", "下属单位", new BigDecimal("12"), "persons", Source.NARRATIVE, TEXT));

        f.sangong().add(sangong(2023, "total", "final", "10.00", null, Source.TABLE));
        f.sangong().add(sangong(2023, "total", "final", "10.10", null, Source.NARRATIVE));
        f.sangong().add(sangong(2023, "total", "budget", "15.00", null, Source.TABLE));
        f.sangong().add(sangong(2023, "outbound", "final", "1.00", null, Source.NARRATIVE));
        f.sangong().add(sangong(2023, "reception", "final", "2.35", null, Source.TABLE));
        f.sangong().add(sangong(2023, "reception", "final", "2.35", "67.46", Source.NARRATIVE));
        f.sangong().add(sangong(2023, "reception", "budget", "3.48", null, Source.TABLE));
        f.sangong().add(sangong(2023, "vehicle_total", "budget", "0", null, Source.TABLE));
        f.sangong().add(sangong(2023, "vehicle_total", "final", "0", null, Source.TABLE));
        // last year's figures derived from this year's narrative (比上年增加 …): land in 2022
        f.sangong().add(sangong(2022, "total", "final", "8.00", null, Source.DERIVED));
        f.sangong().add(sangong(2022, "outbound", "final", "0.50", null, Source.DERIVED));
        f.sangong().add(sangong(2022, "reception", "final", "1.10", null, Source.DERIVED));
        f.sangong().add(sangong(2022, "vehicle_purchase", "final", "3.10", null, Source.NARRATIVE));

        f.funcAmounts().add(new FuncAmount("T02", "208", "社会保障和就业支出", "total", new BigDecimal("100.00"), Source.TABLE, T01));
        f.funcAmounts().add(new FuncAmount("T02", "20801", "人力资源和社会保障管理事务", "total", new BigDecimal("100.00"), Source.TABLE, T01));
        f.funcAmounts().add(new FuncAmount("T02", "2080101", "行政运行", "total", new BigDecimal("100.00"), Source.TABLE, T01));
        f.econAmounts().add(new EconAmount("T06", "301", "工资福利支出", new BigDecimal("50.00"), Source.TABLE, T01));
        f.econAmounts().add(new EconAmount("T06", "30101", "基本工资", new BigDecimal("50.00"), Source.TABLE, T01));

        f.projects().add(new ProjectPerformance("整体", new BigDecimal("2800.00"), new BigDecimal("3000.00"),
                new BigDecimal("2900.00"), new BigDecimal("96.67"), new BigDecimal("95.00"), Source.TABLE, TEXT));
        f.projects().add(new ProjectPerformance("医保信息化建设", new BigDecimal("200.00"), new BigDecimal("200.00"),
                new BigDecimal("134.93"), new BigDecimal("67.47"), null, Source.TABLE, TEXT));

        List<CheckResult> checks = List.of(
                new CheckResult("T01.BALANCE.INCOME_SIDE", "error", CheckStatus.PASS, "t01", new BigDecimal("3149.49"),
                        new BigDecimal("3149.49"), "收入合计 + 年初结转 = 总计"),
                new CheckResult("T07.SUM", "error", CheckStatus.REPAIRED, "total", new BigDecimal("10.00"),
                        new BigDecimal("100.00"), "合计 repaired from its parts"));
        return doc(FZ_2023, "fuzhou-hsa", "福州市医疗保障局", true, 2023, DocKind.FINAL, "2024-06-01T08:00:00Z",
                f, DocumentStatus.LOADED, null, checks);
    }

    static ReconciledDocument fuzhou2022() {
        ParsedFacts f = ParsedFacts.empty();
        f.stats().add(stat(2022, "t01.income_total", null, "2950.00", Source.TABLE));
        f.sangong().add(sangong(2022, "total", "final", "8.50", null, Source.TABLE));      // beats 2023's derived 8.00
        f.sangong().add(sangong(2022, "total", "budget", "9.00", null, Source.TABLE));
        f.sangong().add(sangong(2022, "reception", "final", "1.20", null, Source.NARRATIVE)); // beats derived 1.10
        f.sangong().add(sangong(2022, "vehicle_purchase", "final", "3.00", null, Source.NARRATIVE)); // 2023 doc is later
        return doc(FZ_2022, "fuzhou-hsa", "福州市医疗保障局", true, 2022, DocKind.FINAL, "2024-06-01T08:00:00Z",
                f, DocumentStatus.PARTIAL, "公开08表 not found", List.of());
    }

    static ReconciledDocument fuzhou2024Budget() {
        ParsedFacts f = ParsedFacts.empty();
        f.stats().add(stat(2024, "budget.income_total", null, "3200.00", Source.TABLE));
        f.stats().add(stat(2024, "budget.carryover", null, "5.00", Source.TABLE));
        f.stats().add(stat(2024, "budget.basic_total", null, "2600.00", Source.TABLE));
        f.stats().add(stat(2024, "budget.project_total", null, "400.00", Source.TABLE));
        f.stats().add(stat(2024, "budget.gpb_appropriation", null, "3150.00", Source.TABLE));
        f.sangong().add(sangong(2024, "total", "budget", "14.00", null, Source.TABLE));
        f.projects().add(new ProjectPerformance("医保信息化建设", null, new BigDecimal("300.00"), null, null, null,
                Source.TABLE, TEXT));
        return doc(FZ_2024_BUDGET, "fuzhou-hsa", "福州市医疗保障局", true, 2024, DocKind.BUDGET, "2024-02-01T08:00:00Z",
                f, DocumentStatus.LOADED, null, List.of());
    }

    static ReconciledDocument rejected() {
        ParsedDocument d = new ParsedDocument(REJECTED, "https://example.org/x.pdf", "x.pdf", "ab12", Instant.parse(
                "2024-06-02T00:00:00Z"), 2, null, ParsedFacts.empty(), DocumentStatus.REJECTED,
                "not a fiscal disclosure: no 决算/预算 title found");
        return new ReconciledDocument(d, ParsedFacts.empty(), List.of());
    }

    static ReconciledDocument gulou2023() {
        ParsedFacts f = ParsedFacts.empty();
        f.stats().add(stat(2023, "t01.income_total", null, "512.30", Source.TABLE));
        return doc(GULOU_2023, "unit-3f9a2c", "福州市鼓楼区医疗保障局", false, 2023, DocKind.FINAL,
                "2024-06-01T08:00:00Z", f, DocumentStatus.LOADED, null, List.of());
    }

    public static ReconciledDocument doc(String docId, String unitCode, String unitName, boolean known, int year,
                                          DocKind kind, String fetchedAt, ParsedFacts facts, DocumentStatus status,
                                          String reason, List<CheckResult> checks) {
        DocumentIdentity id = new DocumentIdentity(unitName, unitCode, known, year, kind, Scope.UNIT,
                unitName + year + "年度" + (kind == DocKind.FINAL ? "部门决算" : "部门预算"));
        ParsedDocument d = new ParsedDocument(docId, "https://example.org/" + docId + ".pdf", docId + ".pdf",
                "sha-" + docId, Instant.parse(fetchedAt), 20, id, facts, status, reason);
        return new ReconciledDocument(d, facts.frozen(), checks);
    }

    private static StatFigure stat(int year, String metric, String item, String value, Source source) {
        return new StatFigure(year, metric, item, new BigDecimal(value), StatFigure.WAN_YUAN, source,
                source == Source.TABLE ? T01 : TEXT);
    }

    private static SangongFigure sangong(int year, String category, String phase, String amount, String rate,
                                         Source source) {
        return new SangongFigure(year, category, phase, new BigDecimal(amount), rate == null ? null : new BigDecimal(rate),
                source, source == Source.TABLE ? T07 : TEXT);
    }
}
