package org.fiscalwarehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.fiscalwarehouse.warehouse.WarehouseFixture;
import org.fiscalwarehouse.warehouse.WarehousePublisher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseQueryTest {

    @TempDir
    static Path warehouse;

    @BeforeAll
    static void publish() throws Exception {
        WarehousePublisher.withDefaults().publish(WarehouseFixture.documents(), WarehouseFixture.units(),
                warehouse.toString(), Path.of("sql"));
    }

    @Test
    void printsCsvWithHeaderPlainDecimalsAndEmptyNulls() throws Exception {
        StringWriter out = new StringWriter();
        long rows = new WarehouseQuery(warehouse).run("SELECT fiscal_year, category, budget_wan, final_wan,"
                + " execution_rate_pct FROM v_sangong WHERE fiscal_year = 2023 AND category IN ('total', 'outbound')"
                + " ORDER BY category", out);
        assertThat(rows).isEqualTo(2);
        assertThat(out.toString()).isEqualTo("""
                fiscal_year,category,budget_wan,final_wan,execution_rate_pct
                2023,outbound,,1.00,
                2023,total,15.00,10.00,66.67
                """);
    }

    @Test
    void quotesTextThatNeedsIt() throws Exception {
        StringWriter out = new StringWriter();
        new WarehouseQuery(warehouse).run("SELECT 'a,b' AS t, 3139.49::DECIMAL(18,2) AS m, name_zh FROM dim_unit"
                + " WHERE unit_code = 'fuzhou-hsa'", out);
        assertThat(out.toString()).isEqualTo("t,m,name_zh\n\"a,b\",3139.49,福州市医疗保障局\n");
    }

    @Test
    void cannotWriteToTheWarehouse() throws Exception {
        long before = lastModified(warehouse);
        assertThatThrownBy(() -> new WarehouseQuery(warehouse).run("CREATE TABLE x AS SELECT 1", new StringWriter()))
                .isInstanceOf(SQLException.class);
        assertThat(lastModified(warehouse)).isEqualTo(before);
        assertThat(warehouse.resolve("fiscal.duckdb.wal")).doesNotExist();
    }

    @Test
    void saysSoWhenThereIsNoWarehouse(@TempDir Path empty) {
        assertThatThrownBy(() -> new WarehouseQuery(empty).run("SELECT 1", new StringWriter()))
                .isInstanceOf(IOException.class).hasMessageContaining("fiscal.duckdb");
        assertThat(empty.resolve("fiscal.duckdb")).doesNotExist();
    }

    private static long lastModified(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
        }
    }
}
