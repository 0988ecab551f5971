package org.fiscalwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.fiscalwarehouse.warehouse.WarehouseVersions.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseVersionsTest {

    @TempDir
    Path root;

    private WarehouseVersions versions() {
        return new WarehouseVersions(WarehouseLocation.of(root.toString()), ParquetTableWriter.defaultConfiguration(),
                Clock.fixed(Instant.parse("2026-03-01T02:03:04Z"), ZoneOffset.UTC));
    }

    @Test
    void versionsAreNumberedAfterEveryVersionThereIsAndStampedInUtc() throws Exception {
        WarehouseVersions versions = versions();
        Version first = versions.create();
        Version second = versions.create();
        assertThat(first.name()).isEqualTo("v-20260301T020304Z-1");
        assertThat(second.name()).isEqualTo("v-20260301T020304Z-2");
        assertThat(root.resolve("versions/v-20260301T020304Z-2")).isDirectory();
        assertThat(versions.all()).extracting(Version::sequence).containsExactly(1, 2);
    }

    @Test
    void onlyACompleteVersionBecomesCurrentAndThePointerIsReplacedWhole() throws Exception {
        WarehouseVersions versions = versions();
        assertThat(versions.current()).isEmpty();
        Version first = versions.create();
        assertThatThrownBy(() -> versions.switchTo(first)).isInstanceOf(IllegalStateException.class);
        versions.markComplete(first);
        versions.switchTo(first);
        Version second = versions.create();
        versions.markComplete(second);
        versions.switchTo(second);
        assertThat(versions.current()).map(Version::name).contains(second.name());
        assertThat(Files.readString(root.resolve("CURRENT"), StandardCharsets.UTF_8)).isEqualTo(second.name() + "\n");
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("CURRENT", "versions");
        }
    }

    @Test
    void pruningKeepsTheNewestCompleteVersionsAndDropsWhatFailedRunsLeft() throws Exception {
        WarehouseVersions versions = versions();
        for (int i = 0; i < 4; i++) {
            Version v = versions.create();
            if (i != 1) { // the second run died before it completed
                versions.markComplete(v);
                versions.switchTo(v);
            }
        }
        Version unfinished = versions.create(); // a run still writing (or died after the last switch)
        List<String> removed = versions.prune(2);
        assertThat(removed).containsExactly("v-20260301T020304Z-1", "v-20260301T020304Z-2");
        assertThat(versions.all()).extracting(Version::name).containsExactly(
                "v-20260301T020304Z-3", "v-20260301T020304Z-4", unfinished.name());
        assertThat(versions.current()).map(Version::name).contains("v-20260301T020304Z-4");
        assertThatThrownBy(() -> versions.prune(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tablesLeftAtTheRootByAnUnversionedPublishAreRemoved() throws Exception {
        Files.createDirectories(root.resolve("fact_sangong/fiscal_year=2023"));
        Files.createDirectories(root.resolve("dim_unit"));
        Files.createDirectories(root.resolve("_state"));
        assertThat(versions().removeUnversionedTables()).containsExactlyInAnyOrder("fact_sangong", "dim_unit");
        assertThat(root.resolve("fact_sangong")).doesNotExist();
        assertThat(root.resolve("_state")).isDirectory();
    }
}
