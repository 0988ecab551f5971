package org.fiscalwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscalwarehouse.warehouse.WarehouseFixture.FZ_2022;
import static org.fiscalwarehouse.warehouse.WarehouseFixture.FZ_2023;
import static org.fiscalwarehouse.warehouse.WarehouseFixture.FZ_2024_BUDGET;
import static org.fiscalwarehouse.warehouse.WarehouseFixture.GULOU_2023;
import static org.fiscalwarehouse.warehouse.WarehouseFixture.REJECTED;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.fiscalwarehouse.WarehouseDb;

/** Publishes the fixture once, then checks the files and, through a separate DuckDB connection, the catalogue. */
class WarehousePublisherTest {

    /** The contract's columns per table, in the contract's order, followed by this stage's additions. */
    private static final Map<String, List<String>> CONTRACT = new LinkedHashMap<>();
    private static final List<String> PROVENANCE = List.of("source_page", "source_table", "source_row", "source_column");
    /** Provenance, then the repair that replaced a printed figure, on the tables a repair can touch. */
    private static final List<String> REPAIRABLE = plus(PROVENANCE, List.of("superseded_by"));

    static {
        CONTRACT.put("dim_unit", List.of("unit_code", "name_zh", "region_zh", "admin_level", "unit_type_zh"));
        CONTRACT.put("dim_document", List.of("doc_id", "unit_code", "fiscal_year", "doc_kind", "scope", "title_zh",
                "source_url", "file_name", "sha256", "page_count", "fetched_at", "status", "status_reason"));
        CONTRACT.put("dim_func_subject", List.of("code", "name_zh", "level", "parent_code", "name_source"));
        CONTRACT.put("dim_econ_subject", List.of("code", "name_zh", "level", "parent_code", "name_source"));
        CONTRACT.put("fact_func_amount", plus(List.of("doc_id", "unit_code", "fiscal_year", "doc_kind", "table_code",
                "subject_code", "measure", "amount_wan", "source"), REPAIRABLE));
        CONTRACT.put("fact_econ_amount", plus(List.of("doc_id", "unit_code", "fiscal_year", "doc_kind", "table_code",
                "econ_code", "amount_wan", "source"), REPAIRABLE));
        CONTRACT.put("fact_sangong", plus(List.of("doc_id", "unit_code", "scope", "fiscal_year", "category", "phase",
                "amount_wan", "source", "stated_rate_pct"), REPAIRABLE));
        CONTRACT.put("fact_project_performance", plus(List.of("doc_id", "unit_code", "fiscal_year", "project_name_zh",
                "budget_initial_wan", "budget_full_year_wan", "executed_wan", "execution_rate_pct", "stated_rate_pct",
                "score", "source"), REPAIRABLE));
        CONTRACT.put("fact_performance_indicator", plus(List.of("doc_id", "unit_code", "fiscal_year",
                "project_name_zh", "level1_zh", "level2_zh", "indicator_zh", "target_text", "actual_text", "weight",
                "score"), plus(PROVENANCE, List.of("completion_text"))));
        CONTRACT.put("fact_stat", plus(List.of("doc_id", "unit_code", "fiscal_year", "metric", "item", "value",
                "value_unit", "source"), REPAIRABLE));
        CONTRACT.put("fact_check", List.of("doc_id", "check_code", "severity", "status", "subject", "expected_wan",
                "actual_wan", "message"));
    }

    @TempDir
    static Path warehouse;

    @BeforeAll
    static void publish() throws Exception {
        WarehousePublisher.withDefaults().publish(WarehouseFixture.documents(), WarehouseFixture.units(),
                warehouse.toString(), Path.of("sql"));
    }

    @Test
    void everyTableHasTheContractColumnsAndTypes() throws Exception {
        try (Connection c = connect()) {
            for (Map.Entry<String, List<String>> table : CONTRACT.entrySet()) {
                Map<String, String> described = describe(c, table.getKey());
                assertThat(described.keySet()).as(table.getKey()).containsExactlyElementsOf(table.getValue());
                described.forEach((column, type) -> {
                    if (column.endsWith("_wan") || column.equals("value")) {
                        assertThat(type).as(table.getKey() + "." + column).isEqualTo("DECIMAL(18,2)");
                    } else if (column.endsWith("_pct") || column.equals("score") || column.equals("weight")) {
                        assertThat(type).as(table.getKey() + "." + column).isEqualTo("DECIMAL(9,2)");
                    } else if (column.equals("fiscal_year") || column.equals("page_count")
                            || column.equals("source_page")) {
                        assertThat(type).as(table.getKey() + "." + column).isEqualTo("INTEGER");
                    } else if (column.equals("fetched_at")) {
                        assertThat(type).as(column).isEqualTo("TIMESTAMP WITH TIME ZONE");
                    } else {
                        assertThat(type).as(table.getKey() + "." + column).isEqualTo("VARCHAR");
                    }
                });
            }
        }
    }

    @Test
    void anEmptyFactTableIsQueryableWithItsColumns() throws Exception {
        assertThat(Files.list(tables().resolve("fact_performance_indicator")).toList()).isEmpty();
        try (Connection c = connect()) {
            assertThat(scalar(c, "SELECT count(*) FROM fact_performance_indicator")).isEqualTo(0L);
            assertThat(describe(c, "fact_performance_indicator"))
                    .containsEntry("weight", "DECIMAL(9,2)").containsEntry("fiscal_year", "INTEGER");
        }
    }

    @Test
    void dimensionsListUnitsDocumentsAndSubjects() throws Exception {
        try (Connection c = connect()) {
            assertThat(rows(c, "SELECT unit_code, name_zh, region_zh FROM dim_unit ORDER BY unit_code")).containsExactly(
                    List.of("fujian-fund-centre", "福建省医疗保障基金中心", "福建省"),
                    List.of("fuzhou-hsa", "福州市医疗保障局", "福建省福州市"),
                    List.of("quanzhou-hsa", "泉州市医疗保障局", "福建省泉州市"),
                    // generated code from a document: its printed name, nothing else known
                    List.of("unit-3f9a2c", "福州市鼓楼区医疗保障局", "NULL"),
                    List.of("xiamen-hsa", "厦门市医疗保障局", "福建省厦门市"));
            assertThat(rows(c, "SELECT doc_id, unit_code, fiscal_year, doc_kind, status, status_reason FROM dim_document"
                    + " ORDER BY doc_id")).containsExactly(
                    List.of(FZ_2022, "fuzhou-hsa", "2022", "final", "partial", "公开08表 not found"),
                    List.of(FZ_2023, "fuzhou-hsa", "2023", "final", "loaded", "NULL"),
                    List.of(FZ_2024_BUDGET, "fuzhou-hsa", "2024", "budget", "loaded", "NULL"),
                    List.of(GULOU_2023, "unit-3f9a2c", "2023", "final", "loaded", "NULL"),
                    List.of(REJECTED, "NULL", "NULL", "NULL", "rejected", "not a fiscal disclosure: no 决算/预算 title found"));
            assertThat(rows(c, "SELECT code, name_zh, level, parent_code FROM dim_func_subject ORDER BY code")).containsExactly(
                    List.of("208", "社会保障和就业支出", "类", "NULL"),
                    List.of("20801", "人力资源和社会保障管理事务", "款", "208"),
                    List.of("2080101", "行政运行", "项", "20801"));
            assertThat(rows(c, "SELECT code, level, parent_code FROM dim_econ_subject ORDER BY code")).containsExactly(
                    List.of("301", "类", "NULL"), List.of("30101", "款", "301"));
        }
    }

    @Test
    void unitYearHasOneRowPerDocumentWithItsTotals() throws Exception {
        try (Connection c = connect()) {
            assertThat(rows(c, "SELECT doc_id FROM v_unit_year ORDER BY doc_id")).containsExactly(
                    List.of(FZ_2022), List.of(FZ_2023), List.of(FZ_2024_BUDGET), List.of(GULOU_2023));
            Map<String, String> fz23 = row(c, "SELECT * FROM v_unit_year WHERE doc_id = '" + FZ_2023 + "'");
            assertThat(fz23).containsEntry("unit_name_zh", "福州市医疗保障局")
                    .containsEntry("scope", "unit")
                    .containsEntry("income_total_wan", "3139.49") // the table's figure, not the narrative's 3139.50
                    .containsEntry("expense_total_wan", "3000.00")
                    .containsEntry("carryover_begin_wan", "10.00")
                    .containsEntry("carryover_end_wan", "149.49")
                    .containsEntry("grand_total_wan", "3149.49")
                    .containsEntry("gpb_appropriation_wan", "3100.00")
                    .containsEntry("other_income_wan", "39.49")
                    .containsEntry("basic_total_wan", "2500.00")
                    .containsEntry("project_total_wan", "500.00")
                    .containsEntry("fiscal_total_wan", "NULL")   // not stated: NULL, never 0
                    .containsEntry("sangong_total_wan", "10.00") // own year, final phase, table
                    .containsEntry("admin_operating_cost_wan", "120.50")
                    .containsEntry("procurement_total_wan", "88.00")
                    .containsEntry("headcount", "42");           // no whole-document row: sum of the sub-units
            Map<String, String> budget = row(c, "SELECT * FROM v_unit_year WHERE doc_id = '" + FZ_2024_BUDGET + "'");
            assertThat(budget).containsEntry("doc_kind", "budget")
                    .containsEntry("income_total_wan", "3200.00")
                    .containsEntry("expense_total_wan", "3000.00") // basic + project: no stated expense total
                    .containsEntry("carryover_begin_wan", "5.00")
                    .containsEntry("gpb_appropriation_wan", "3150.00")
                    .containsEntry("basic_total_wan", "2600.00")
                    .containsEntry("sangong_total_wan", "14.00")
                    .containsEntry("carryover_end_wan", "NULL");
            assertThat(row(c, "SELECT * FROM v_unit_year WHERE doc_id = '" + FZ_2022 + "'"))
                    .containsEntry("income_total_wan", "2950.00"); // its own table, not 2023's derived 2900
            assertThat(row(c, "SELECT * FROM v_unit_year WHERE doc_id = '" + GULOU_2023 + "'"))
                    .containsEntry("unit_name_zh", "福州市鼓楼区医疗保障局").containsEntry("income_total_wan", "512.30");
        }
    }

    @Test
    void sangongPicksTableOverNarrativeOverDerivedAndTheLaterDocumentWithinASource() throws Exception {
        try (Connection c = connect()) {
            assertThat(rows(c, "SELECT fiscal_year, category, budget_wan, final_wan, execution_rate_pct, final_source,"
                    + " budget_source, doc_id FROM v_sangong ORDER BY fiscal_year, category")).containsExactly(
                    List.of("2022", "outbound", "NULL", "0.50", "NULL", "derived", "NULL", FZ_2023), // only a derived figure
                    List.of("2022", "reception", "NULL", "1.20", "NULL", "narrative", "NULL", FZ_2022), // narrative > derived
                    List.of("2022", "total", "9.00", "8.50", "94.44", "table", "table", FZ_2022),    // table > derived 8.00
                    List.of("2022", "vehicle_purchase", "NULL", "3.10", "NULL", "narrative", "NULL", FZ_2023), // later doc
                    List.of("2023", "outbound", "NULL", "1.00", "NULL", "narrative", "NULL", FZ_2023),
                    List.of("2023", "reception", "3.48", "2.35", "67.46", "table", "table", FZ_2023), // printed rate
                    List.of("2023", "total", "15.00", "10.00", "66.67", "table", "table", FZ_2023),   // table > 10.10
                    List.of("2023", "vehicle_total", "0.00", "0.00", "NULL", "table", "table", FZ_2023), // budget 0
                    List.of("2024", "total", "14.00", "NULL", "NULL", "NULL", "table", FZ_2024_BUDGET));
            assertThat(scalar(c, "SELECT count(*) FROM (SELECT unit_code, scope, fiscal_year, category FROM v_sangong"
                    + " GROUP BY ALL HAVING count(*) > 1)")).isEqualTo(0L);
        }
    }

    @Test
    void executionListsSangongProjectsAndTheWholeUnit() throws Exception {
        try (Connection c = connect()) {
            assertThat(rows(c, "SELECT fiscal_year, kind, item, budget_wan, executed_wan, execution_rate_pct,"
                    + " stated_rate_pct FROM v_execution WHERE kind <> 'sangong' ORDER BY kind DESC")).containsExactly(
                    List.of("2023", "whole", "整体", "3000.00", "2900.00", "96.67", "96.67"),
                    // 134.93 / 200 = 67.465 exactly: rounded half up; the budget's 2024 target is not a row
                    List.of("2023", "project", "医保信息化建设", "200.00", "134.93", "67.47", "67.47"));
            assertThat(rows(c, "SELECT budget_wan, executed_wan, execution_rate_pct, stated_rate_pct FROM v_execution"
                    + " WHERE kind = 'sangong' AND fiscal_year = 2023 AND item = 'reception'")).containsExactly(
                    List.of("3.48", "2.35", "67.53", "67.46")); // computed vs printed
            assertThat(scalar(c, "SELECT count(*) FROM v_execution WHERE kind = 'sangong'")).isEqualTo(8L);
            assertThat(scalar(c, "SELECT execution_rate_pct FROM fact_project_performance"
                    + " WHERE project_name_zh = '医保信息化建设' AND fiscal_year = 2023")).isEqualTo(new BigDecimal("67.47"));
        }
    }

    @Test
    void checksCarryTheirDocumentsUnitAndYear() throws Exception {
        try (Connection c = connect()) {
            assertThat(rows(c, "SELECT unit_code, fiscal_year, doc_kind, check_code, status, expected_wan, actual_wan"
                    + " FROM v_checks ORDER BY check_code")).containsExactly(
                    List.of("fuzhou-hsa", "2023", "final", "T01.BALANCE.INCOME_SIDE", "pass", "3149.49", "3149.49"),
                    List.of("fuzhou-hsa", "2023", "final", "T07.SUM", "repaired", "10.00", "100.00"));
        }
    }

    @Test
    void aDerivedPriorYearFigureLandsInItsOwnYear() throws Exception {
        try (Connection c = connect()) {
            assertThat(rows(c, "SELECT fiscal_year, amount_wan FROM fact_sangong WHERE doc_id = '" + FZ_2023
                    + "' AND source = 'derived' AND category = 'total'")).containsExactly(List.of("2022", "8.00"));
            assertThat(rows(c, "SELECT source_page, source_table FROM fact_sangong WHERE doc_id = '" + FZ_2023
                    + "' AND category = 'total' AND phase = 'final' AND fiscal_year = 2023 AND source = 'table'"))
                    .containsExactly(List.of("9", "公开07表 一般公共预算财政拨款“三公”经费支出决算表"));
        }
    }

    @Test
    void publishingAgainLeavesTheSameContent() throws Exception {
        Map<String, Long> before = counts();
        WarehousePublisher.withDefaults().publish(WarehouseFixture.documents(), WarehouseFixture.units(),
                warehouse.toString(), Path.of("sql"));
        assertThat(counts()).isEqualTo(before);
        assertThat(before).containsEntry("fact_sangong", 18L).containsEntry("fact_stat", 22L)
                .containsEntry("dim_document", 5L).containsEntry("dim_unit", 5L).containsEntry("fact_check", 2L)
                .containsEntry("fact_project_performance", 3L).containsEntry("fact_performance_indicator", 0L);
    }

    @Test
    void factsArePartitionedByYearWithOneFileEachAndNoChecksumFiles() throws Exception {
        Path sangong = tables().resolve("fact_sangong");
        assertThat(sangong.resolve("fiscal_year=2023")).isDirectory();
        try (Stream<Path> partitions = Files.list(sangong)) {
            List<String> names = partitions.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).containsExactly("fiscal_year=2022", "fiscal_year=2023", "fiscal_year=2024");
        }
        for (String year : List.of("2022", "2023", "2024")) {
            try (Stream<Path> files = Files.list(sangong.resolve("fiscal_year=" + year))) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("part-0.parquet");
            }
        }
        assertThat(tables().resolve("dim_unit/part-0.parquet")).isRegularFile();
        try (Stream<Path> all = Files.walk(warehouse)) {
            assertThat(all.map(Path::toString).filter(p -> p.endsWith(".crc"))).isEmpty();
        }
    }

    @Test
    void parquetFooterDeclaresDecimalMoneyAndKeepsThePartitionColumnOut() throws Exception {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(
                tables().resolve("fact_sangong/fiscal_year=2023/part-0.parquet").toUri());
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file, new Configuration()))) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            assertThat(schema.getType("amount_wan").getLogicalTypeAnnotation())
                    .isEqualTo(LogicalTypeAnnotation.decimalType(2, 18));
            assertThat(schema.getType("stated_rate_pct").getLogicalTypeAnnotation())
                    .isEqualTo(LogicalTypeAnnotation.decimalType(2, 9));
            assertThat(schema.containsField("fiscal_year")).isFalse();
            assertThat(reader.getRecordCount()).isEqualTo(9L); // the 2023 figures only; the derived 2022 ones sit in 2022
            assertThat(reader.getRowGroups().get(0).getColumns().get(0).getCodec().name())
                    .isEqualTo(ParquetTableWriter.CODEC.name());
        }
    }

    /** The current version's folder: the tables of the last publish. */
    private static Path tables() throws IOException {
        return WarehouseFixture.currentVersion(warehouse);
    }

    private static Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = connect()) {
            for (String table : CONTRACT.keySet()) {
                counts.put(table, (Long) scalar(c, "SELECT count(*) FROM " + table));
            }
        }
        return counts;
    }

    /** A separate, read-only connection: what an analyst gets. */
    static Connection connect() throws SQLException {
        return connect(warehouse);
    }

    static Connection connect(Path localWarehouse) throws SQLException {
        return WarehouseDb.readOnly(localWarehouse);
    }

    private static Map<String, String> describe(Connection c, String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("DESCRIBE " + table)) {
            while (rs.next()) {
                columns.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        return columns;
    }

    private static Object scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getObject(1);
        }
    }

    /** Rows as strings, NULL spelled out so a NULL cannot pass for an empty string or a 0. */
    static List<List<String>> rows(Connection c, String sql) throws SQLException {
        return WarehouseDb.rows(c, sql);
    }

    private static Map<String, String> row(Connection c, String sql) throws SQLException {
        Map<String, String> row = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object v = rs.getObject(i);
                row.put(meta.getColumnLabel(i), v == null ? "NULL" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
            }
            assertThat(rs.next()).as("one row: " + sql).isFalse();
        }
        return row;
    }

    private static List<String> plus(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
