package org.fiscalwarehouse.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fiscalwarehouse.query.SampleWarehouse;
import org.fiscalwarehouse.query.WarehouseQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exports of the warehouse published from the bundled sample, read back as their users would. */
class ExportOnSampleTest {

    @TempDir
    Path out;

    private static WarehouseQuery query() {
        return new WarehouseQuery(SampleWarehouse.warehouse());
    }

    @Test
    void aCsvWithByteOrderMarkReadsBackAsUtf8WithEveryRowOfTheView() throws Exception {
        Path file = out.resolve("unit-year.csv");
        long rows = new CsvViewExport(query()).export("v_unit_year", file, true);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFunit_code,unit_name_zh,scope,fiscal_year,doc_kind,doc_id,");
        List<CSVRecord> records = parse(new StringReader(text.substring(1)));
        assertThat(records).hasSize((int) rows).hasSize(5);
        CSVRecord xiamen = records.stream().filter(r -> r.get("unit_code").equals("xiamen-hsa")).findFirst().orElseThrow();
        assertThat(xiamen.get("unit_name_zh")).isEqualTo("厦门市医疗保障局");
        assertThat(xiamen.get("income_total_wan")).isEqualTo("126998.81");
        assertThat(xiamen.get("headcount")).isEqualTo("116");
        CSVRecord budget = records.stream().filter(r -> r.get("doc_kind").equals("budget")).findFirst().orElseThrow();
        assertThat(budget.get("carryover_end_wan")).as("NULL is an empty field, never 0").isEmpty();
    }

    @Test
    void withoutTheFlagThereIsNoByteOrderMark() throws Exception {
        Path file = out.resolve("checks.csv");
        new CsvViewExport(query()).export("fact_check", file, false);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("doc_id,check_code,severity,status,");
    }

    @Test
    void onlyTablesAndViewsOfTheWarehouseCanBeExported() {
        CsvViewExport export = new CsvViewExport(query());
        assertThatThrownBy(() -> export.export("v_nothing", out.resolve("x.csv"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v_nothing");
        assertThatThrownBy(() -> export.export("dim_unit; DROP VIEW v_sangong", out.resolve("x.csv"), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(out.resolve("x.csv")).doesNotExist();
    }

    @Test
    void theFiscalDataPackageDescriptorHasEveryFieldTheModelRequires() throws Exception {
        new FiscalDataPackageExport(query()).export(out);
        JsonNode root = JsonMapper.builder().build().readTree(out.resolve("datapackage.json").toFile());

        assertThat(root.path("name").asString()).matches("[a-z0-9._-]+");
        assertThat(root.path("title").asString()).isNotBlank();
        assertThat(root.path("resources").isArray()).isTrue();
        assertThat(root.path("resources").size()).isEqualTo(1);
        JsonNode resource = root.path("resources").get(0);
        Path data = out.resolve(resource.path("path").asString());
        assertThat(data).isRegularFile();
        List<String> fields = new ArrayList<>();
        resource.path("schema").path("fields").forEach(f -> fields.add(f.path("name").asString()));
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
            assertThat(parser.getHeaderNames()).isEqualTo(fields);
            rows = parser.getRecords();
        }

        JsonNode measures = root.path("model").path("measures");
        assertThat(measures.size()).isGreaterThanOrEqualTo(1);
        for (Map.Entry<String, JsonNode> measure : measures.properties()) {
            assertThat(fields).as(measure.getKey()).contains(measure.getValue().path("source").asString());
            assertThat(measure.getValue().path("currency").asString()).isEqualTo("CNY");
            assertThat(measure.getValue().path("factor").asInt()).isEqualTo(10000); // 万元
        }
        JsonNode dimensions = root.path("model").path("dimensions");
        Set<String> classificationTypes = new HashSet<>();
        for (Map.Entry<String, JsonNode> dimension : dimensions.properties()) {
            JsonNode d = dimension.getValue();
            JsonNode attributes = d.path("attributes");
            assertThat(attributes.size()).as(dimension.getKey()).isPositive();
            for (Map.Entry<String, JsonNode> attribute : attributes.properties()) {
                JsonNode a = attribute.getValue();
                assertThat(a.has("source") ? fields.contains(a.path("source").asString()) : a.has("constant"))
                        .as(dimension.getKey() + "." + attribute.getKey()).isTrue();
                for (String reference : List.of("parent", "labelfor")) {
                    if (a.has(reference)) {
                        assertThat(attributes.has(a.path(reference).asString())).as(reference).isTrue();
                    }
                }
            }
            assertThat(d.path("primaryKey").isArray()).isTrue();
            d.path("primaryKey").forEach(k -> assertThat(attributes.has(k.asString())).as(k.asString()).isTrue());
            assertThat(d.path("dimensionType").asString())
                    .isIn("datetime", "entity", "classification", "activity", "fact", "location", "other");
            if (d.path("dimensionType").asString().equals("classification")) {
                classificationTypes.add(d.path("classificationType").asString());
            }
        }
        assertThat(classificationTypes).containsExactlyInAnyOrder("administrative", "functional", "economic");
        assertThat(dimensions.has("phase")).isTrue();
        assertThat(dimensions.path("date").path("attributes").has("fiscal-year")).isTrue();

        assertThat(rows).extracting(r -> r.get("phase")).containsOnly("approved", "executed");
        assertThat(rows).filteredOn(r -> r.get("doc_kind").equals("budget")).allMatch(r -> r.get("phase").equals("approved"));
        // Xiamen's 2023 公开05表: its most detailed lines add up to the table's 合计 (126685.25, 0.01 rounding)
        BigDecimal xiamen = rows.stream().filter(r -> r.get("unit_code").equals("xiamen-hsa")
                        && r.get("breakdown").equals("functional") && r.get("table_code").equals("T05"))
                .map(r -> new BigDecimal(r.get("amount_wan"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(xiamen).isEqualByComparingTo("126685.26");
        CSVRecord administration = rows.stream().filter(r -> r.get("unit_code").equals("xiamen-hsa")
                && r.get("func_item_code").equals("2101501")).findFirst().orElseThrow();
        assertThat(administration.toMap()).containsEntry("func_class_code", "210")
                .containsEntry("func_class_name_zh", "卫生健康支出").containsEntry("func_kuan_code", "21015")
                .containsEntry("func_kuan_name_zh", "医疗保障管理事务").containsEntry("func_item_name_zh", "行政运行")
                .containsEntry("amount_wan", "3721.32").containsEntry("phase", "executed");
        try (Connection c = SampleWarehouse.connect()) {
            // the economic rows of a document add up to its 公开06表 basic spending (人员经费 + 公用经费)
            String personnelAndPublic = SampleWarehouse.rows(c, "SELECT personnel_total_wan + public_total_wan"
                    + " FROM v_unit_year WHERE unit_code = 'fuzhou-hsa'").get(0).get(0);
            BigDecimal fuzhouEconomic = rows.stream().filter(r -> r.get("unit_code").equals("fuzhou-hsa")
                            && r.get("breakdown").equals("economic"))
                    .map(r -> new BigDecimal(r.get("amount_wan"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(fuzhouEconomic.subtract(new BigDecimal(personnelAndPublic)).abs())
                    .isLessThanOrEqualTo(new BigDecimal("0.05"));
        }
    }

    private static List<CSVRecord> parse(Reader reader) throws Exception {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }
}
