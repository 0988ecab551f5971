package org.fiscalwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.fiscalwarehouse.WarehouseDb;

/** A publish switches the warehouse whole: readers see the old version or the new one, never a mixture. */
class AtomicPublishTest {

    @TempDir
    Path warehouse;

    /** fact_sangong rows of the full fixture and of the Fuzhou 2022 document alone */
    private static final long FULL = 18;
    private static final long FUZHOU_2022_ONLY = 4;

    @Test
    void aReaderHoldingTheOldCatalogueKeepsReadingCompleteDataWhileANewVersionIsPublished() throws Exception {
        WarehousePublisher publisher = WarehousePublisher.withDefaults(2);
        publisher.publish(WarehouseFixture.documents(), WarehouseFixture.units(), warehouse.toString(), Path.of("sql"));
        try (Connection old = readOnly()) {
            assertThat(WarehouseDb.count(old, "fact_sangong")).isEqualTo(FULL);
            AtomicBoolean publishing = new AtomicBoolean(true);
            ExecutorService executor = Executors.newSingleThreadExecutor();
            try {
                Future<?> publish = executor.submit(() -> {
                    try {
                        publisher.publish(List.of(WarehouseFixture.fuzhou2022()), WarehouseFixture.units(),
                                warehouse.toString(), Path.of("sql"));
                    } finally {
                        publishing.set(false);
                    }
                    return null;
                });
                List<Long> seen = new ArrayList<>();
                do {
                    // every table and view of the old catalogue answers in full while the new version is written
                    seen.add(WarehouseDb.count(old, "fact_sangong"));
                    assertThat(WarehouseDb.count(old, "v_sangong")).isEqualTo(9);
                    assertThat(WarehouseDb.count(old, "dim_document")).isEqualTo(5);
                } while (publishing.get());
                publish.get();
                assertThat(seen).containsOnly(FULL);
            } finally {
                executor.shutdownNow();
            }
            assertThat(WarehouseDb.count(old, "fact_sangong")).as("after the switch, still the old version").isEqualTo(FULL);
        }
        try (Connection fresh = readOnly()) {
            assertThat(WarehouseDb.count(fresh, "fact_sangong")).isEqualTo(FUZHOU_2022_ONLY);
            assertThat(WarehouseDb.count(fresh, "dim_document")).isEqualTo(1);
        }
    }

    @Test
    void oldVersionsArePrunedToTheNumberKept() throws Exception {
        WarehousePublisher publisher = WarehousePublisher.withDefaults(2);
        for (int i = 0; i < 4; i++) {
            publisher.publish(List.of(WarehouseFixture.fuzhou2022()), WarehouseFixture.units(), warehouse.toString(),
                    Path.of("sql"));
        }
        try (Stream<Path> versions = Files.list(warehouse.resolve("versions"))) {
            assertThat(versions.map(p -> p.getFileName().toString()).sorted())
                    .hasSize(2).allMatch(name -> name.endsWith("-3") || name.endsWith("-4"));
        }
        String current = Files.readString(warehouse.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
        assertThat(current).endsWith("-4");
        assertThat(WarehouseFixture.currentVersion(warehouse).resolve("_SUCCESS")).isRegularFile();
        try (Connection c = readOnly(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sql FROM duckdb_views() WHERE view_name = 'fact_sangong'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("the catalogue reads the current version").contains("/versions/" + current + "/");
        }
    }

    @Test
    void aPublishThatFailsLeavesTheCurrentVersionAndCatalogueAsTheyWere(@TempDir Path brokenSql) throws Exception {
        WarehousePublisher publisher = WarehousePublisher.withDefaults();
        publisher.publish(WarehouseFixture.documents(), WarehouseFixture.units(), warehouse.toString(), Path.of("sql"));
        String before = Files.readString(warehouse.resolve("CURRENT"), StandardCharsets.UTF_8);
        Files.createDirectories(brokenSql.resolve("views"));
        Files.writeString(brokenSql.resolve("views/10_v_broken.sql"), "CREATE VIEW v_broken AS SELECT no_such_column FROM dim_unit;");

        assertThatThrownBy(() -> publisher.publish(List.of(WarehouseFixture.fuzhou2022()), WarehouseFixture.units(),
                warehouse.toString(), warehouse, brokenSql)).hasMessageContaining("10_v_broken.sql");

        assertThat(Files.readString(warehouse.resolve("CURRENT"), StandardCharsets.UTF_8)).isEqualTo(before);
        try (Stream<Path> versions = Files.list(warehouse.resolve("versions"))) {
            assertThat(versions).hasSize(1); // the half-made version is gone
        }
        try (Connection c = readOnly()) {
            assertThat(WarehouseDb.count(c, "fact_sangong")).isEqualTo(FULL);
        }
    }

    private Connection readOnly() throws SQLException {
        return WarehouseDb.readOnly(warehouse);
    }

}
