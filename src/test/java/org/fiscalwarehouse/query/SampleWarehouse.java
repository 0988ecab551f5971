package org.fiscalwarehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.fiscalwarehouse.WarehouseDb;
import org.fiscalwarehouse.cli.FiscalWarehouseCli;

/**
 * The bundled sample, ingested once per test JVM through the command line ({@code ingest --warehouse=…}), for the
 * test classes that check what analysts get from the real documents.
 */
public final class SampleWarehouse {

    private static Path warehouse;

    private SampleWarehouse() {
    }

    /** The warehouse folder (ingesting the sample on first use). */
    public static synchronized Path warehouse() {
        if (warehouse == null) {
            try {
                Path dir = Files.createTempDirectory("fiscal-sample-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Path target = dir.resolve("warehouse");
                CommandOutput run = cli("ingest", "--warehouse=" + target);
                assertThat(run.exitCode()).as("sample ingest:%n%s%n%s", run.out(), run.err()).isZero();
                warehouse = target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return warehouse;
    }

    /** What a command printed and its exit code. */
    public record CommandOutput(int exitCode, String out, String err) {
    }

    public static CommandOutput cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new FiscalWarehouseCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new CommandOutput(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A separate read-only DuckDB connection to the published catalogue: what an analyst opens. */
    public static Connection connect() throws SQLException {
        return WarehouseDb.readOnly(warehouse());
    }

    /** Rows as lists of strings; NULL spelled out, decimals in plain digits. */
    public static List<List<String>> rows(Connection c, String sql) throws SQLException {
        return WarehouseDb.rows(c, sql);
    }

    public static List<String> columns(Connection c, String sql) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                columns.add(rs.getMetaData().getColumnLabel(i));
            }
        }
        return columns;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
