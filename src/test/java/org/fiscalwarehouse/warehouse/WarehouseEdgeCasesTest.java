package org.fiscalwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.fiscalwarehouse.WarehouseDb;

/** Publishing shapes other than the full fixture: nothing but a rejected file, a URI location, a shrinking input. */
class WarehouseEdgeCasesTest {

    @Test
    void onlyARejectedFileStillGivesAWarehouseWithEveryTableAndView(@TempDir Path warehouse) throws Exception {
        WarehousePublisher.withDefaults().publish(List.of(WarehouseFixture.rejected()), WarehouseFixture.units(),
                warehouse.toString(), Path.of("sql"));
        try (Connection c = readOnly(warehouse.resolve("fiscal.duckdb"))) {
            for (WarehouseTable table : WarehouseSchema.ALL) {
                long expected = switch (table.name()) {
                    case "dim_unit" -> 4;
                    case "dim_document" -> 1;
                    default -> 0;
                };
                assertThat(WarehouseDb.count(c, table.name())).as(table.name()).isEqualTo(expected);
            }
            for (String view : List.of("v_unit_year", "v_sangong", "v_execution", "v_checks")) {
                assertThat(WarehouseDb.count(c, view)).as(view).isZero();
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT status, status_reason FROM dim_document")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("rejected");
                assertThat(rs.getString(2)).startsWith("not a fiscal disclosure");
            }
        }
    }

    @Test
    void aUriLocationWithTheCatalogueElsewhere(@TempDir Path warehouse, @TempDir Path catalogue) throws Exception {
        WarehousePublisher.withDefaults().publish(WarehouseFixture.documents(), WarehouseFixture.units(),
                warehouse.toUri().toString(), catalogue, Path.of("sql"));
        assertThat(warehouse.resolve("fiscal.duckdb")).doesNotExist();
        try (Connection c = readOnly(catalogue.resolve("fiscal.duckdb"))) {
            assertThat(WarehouseDb.count(c, "fact_sangong")).isEqualTo(18);
            assertThat(WarehouseDb.count(c, "v_unit_year")).isEqualTo(4);
        }
    }

    @Test
    void aSmallerRerunRemovesWhatTheInputNoLongerHas(@TempDir Path warehouse) throws Exception {
        WarehousePublisher publisher = WarehousePublisher.withDefaults();
        publisher.publish(WarehouseFixture.documents(), WarehouseFixture.units(), warehouse.toString(), Path.of("sql"));
        assertThat(WarehouseFixture.currentVersion(warehouse).resolve("fact_sangong/fiscal_year=2024")).isDirectory();
        publisher.publish(List.of(WarehouseFixture.fuzhou2022()), WarehouseFixture.units(), warehouse.toString(),
                Path.of("sql"));
        Path current = WarehouseFixture.currentVersion(warehouse);
        assertThat(current.resolve("fact_sangong/fiscal_year=2024")).doesNotExist();
        assertThat(warehouse.resolve("fiscal.duckdb.building")).doesNotExist();
        try (Connection c = readOnly(warehouse.resolve("fiscal.duckdb"))) {
            assertThat(WarehouseDb.count(c, "fact_sangong")).isEqualTo(4);
            assertThat(WarehouseDb.count(c, "fact_project_performance")).isZero();
            assertThat(WarehouseDb.count(c, "dim_document")).isEqualTo(1);
        }
        assertThat(Files.list(current.resolve("fact_project_performance")).toList()).isEmpty();
    }

    private static Connection readOnly(Path database) throws Exception {
        return WarehouseDb.readOnlyDatabase(database);
    }

}
