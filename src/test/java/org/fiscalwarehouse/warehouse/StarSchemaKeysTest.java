package org.fiscalwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fiscalwarehouse.query.SampleWarehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every key of every fact resolves to its dimension (doc_id → dim_document, unit_code → dim_unit, subject_code →
 * dim_func_subject, econ_code → dim_econ_subject), and every subject's parent is in its dimension too: on the
 * warehouse published from the bundled sample and on the hand-built fixture.
 */
class StarSchemaKeysTest {

    /** A fact column and the dimension key it refers to. */
    private static final Map<String, String[]> REFERENCES = Map.of(
            "doc_id", new String[]{"dim_document", "doc_id"},
            "unit_code", new String[]{"dim_unit", "unit_code"},
            "subject_code", new String[]{"dim_func_subject", "code"},
            "econ_code", new String[]{"dim_econ_subject", "code"},
            "parent_code", new String[]{"", "code"}); // its own dimension

    @Test
    void everyKeyOfTheSampleWarehouseResolves() throws Exception {
        try (Connection c = SampleWarehouse.connect()) {
            assertThat(unresolved(c)).isEmpty();
            assertThat(count(c, "fact_func_amount") * count(c, "fact_econ_amount") * count(c, "fact_sangong")
                    * count(c, "fact_project_performance")).as("the checks ran on data").isPositive();
        }
    }

    @Test
    void everyKeyOfTheFixtureResolves(@TempDir Path warehouse) throws Exception {
        WarehousePublisher.withDefaults().publish(WarehouseFixture.documents(), WarehouseFixture.units(),
                warehouse.toString(), Path.of("sql"));
        try (Connection c = WarehousePublisherTest.connect(warehouse)) {
            assertThat(unresolved(c)).isEmpty();
        }
    }

    @Test
    void theSampleSubjectDimensionsNameEveryCodeAndItsParents() throws Exception {
        try (Connection c = SampleWarehouse.connect()) {
            assertThat(WarehousePublisherTest.rows(c, "SELECT code FROM dim_func_subject"
                    + " WHERE name_zh IS NULL OR level IS NULL OR length(code) NOT IN (3, 5, 7)")).isEmpty();
            assertThat(WarehousePublisherTest.rows(c, "SELECT code FROM dim_econ_subject"
                    + " WHERE name_zh IS NULL OR level IS NULL OR length(code) NOT IN (3, 5)")).isEmpty();
            assertThat(WarehousePublisherTest.rows(c, "SELECT code, name_zh, level, parent_code, name_source"
                    + " FROM dim_func_subject WHERE code IN ('208', '20808', '2080801', '210', '2101202') ORDER BY code"))
                    .containsExactly(
                            List.of("208", "社会保障和就业支出", "类", "NULL", "document"),
                            // 2080801 is only in Quanzhou's narrative; no document prints its 款
                            List.of("20808", "抚恤", "款", "208", "reference"),
                            List.of("2080801", "死亡抚恤支出", "项", "20808", "document"),
                            // Xiamen prints the class as "21"; its facts are filed under 210
                            List.of("210", "卫生健康支出", "类", "NULL", "document"),
                            List.of("2101202", "财政对城乡居民基本医疗保险基金的补助", "项", "21012", "document"));
        }
    }

    /** Descriptions of the references that do not resolve, e.g. "fact_sangong.unit_code=x". */
    private static List<String> unresolved(Connection c) throws Exception {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (WarehouseTable table : WarehouseSchema.ALL) {
            for (Column column : table.columns()) {
                String[] target = REFERENCES.get(column.name());
                if (target == null) {
                    continue;
                }
                String dimension = target[0].isEmpty() ? table.name() : target[0];
                if (dimension.equals(table.name()) && !column.name().equals("parent_code")) {
                    continue; // a dimension's own key
                }
                checked++;
                // a printed figure a repair replaced keeps its code as printed (e.g. Xiamen's "21"); the figure
                // in use carries the recovered code, and that one must resolve
                boolean inUseOnly = table.columns().stream().anyMatch(col -> col.name().equals("superseded_by"));
                for (List<String> row : WarehousePublisherTest.rows(c, "SELECT DISTINCT f." + column.name()
                        + " FROM " + table.name() + " f WHERE f." + column.name() + " IS NOT NULL"
                        + (inUseOnly ? " AND f.superseded_by IS NULL" : "") + " AND NOT EXISTS"
                        + " (SELECT 1 FROM " + dimension + " d WHERE d." + target[1] + " = f." + column.name() + ")")) {
                    missing.add(table.name() + "." + column.name() + "=" + row.get(0));
                }
            }
        }
        assertThat(checked).as("fact-to-dimension references checked").isGreaterThanOrEqualTo(15);
        return missing;
    }

    private static long count(Connection c, String table) throws Exception {
        return Long.parseLong(WarehousePublisherTest.rows(c, "SELECT count(*) FROM " + table).get(0).get(0));
    }
}
