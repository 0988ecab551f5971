package org.fiscalwarehouse.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Builds {@code fiscal.duckdb}: one view per warehouse table over its Parquet files (absolute paths, so the
 * database works from any folder), then the analyst views from {@code sql/views/*.sql}. The database holds no
 * data, only views, so it is rebuilt from scratch each time: into a temporary file that then replaces the old one,
 * so a reader never opens a half-built catalogue.
 */
public final class DuckDbCatalog {

    public static final String DATABASE_FILE = "fiscal.duckdb";

    private final Configuration conf;

    public DuckDbCatalog(Configuration conf) {
        this.conf = conf;
    }

    /**
     * Builds the catalogue and puts it in place in one step.
     *
     * @param warehouse  where the Parquet tables are (a version folder of a versioned warehouse)
     * @param catalogDir local directory for {@code fiscal.duckdb} (the warehouse directory itself when local)
     * @param sqlDir     directory holding {@code views/*.sql}; may be null or missing (then no analyst views)
     * @return the database file
     */
    public java.nio.file.Path build(WarehouseLocation warehouse, java.nio.file.Path catalogDir,
                                    java.nio.file.Path sqlDir) throws IOException, SQLException {
        return prepare(warehouse, catalogDir, sqlDir).install();
    }

    /**
     * Builds the catalogue into a file beside {@code fiscal.duckdb} without replacing it yet, so a publish can
     * switch the catalogue only once everything else is in place.
     */
    public Prepared prepare(WarehouseLocation warehouse, java.nio.file.Path catalogDir, java.nio.file.Path sqlDir)
            throws IOException, SQLException {
        Files.createDirectories(catalogDir);
        java.nio.file.Path target = catalogDir.resolve(DATABASE_FILE).toAbsolutePath();
        java.nio.file.Path building = catalogDir.resolve(DATABASE_FILE + ".building").toAbsolutePath();
        Files.deleteIfExists(building);
        Files.deleteIfExists(walOf(building));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + building);
             Statement statement = connection.createStatement()) {
            for (WarehouseTable table : WarehouseSchema.ALL) {
                try {
                    statement.execute(tableView(warehouse, table));
                } catch (SQLException e) {
                    if (warehouse.isLocal()) {
                        throw e;
                    }
                    // e.g. s3:// without DuckDB's httpfs or credentials on this machine: the publish stands, the
                    // view says why it cannot read
                    statement.execute(unreadableView(table, table.name() + " at " + warehouse.table(table)
                            + " could not be opened by DuckDB when the catalogue was built: " + e.getMessage()));
                }
            }
            for (java.nio.file.Path file : viewFiles(sqlDir)) {
                try {
                    statement.execute(Files.readString(file, StandardCharsets.UTF_8));
                } catch (SQLException e) {
                    throw new SQLException("in " + file + ": " + e.getMessage(), e);
                }
            }
            statement.execute("CHECKPOINT"); // everything into the main file: no .wal to move along
        }
        return new Prepared(building, target);
    }

    /** A catalogue built beside {@code fiscal.duckdb}, waiting to replace it. */
    public record Prepared(java.nio.file.Path building, java.nio.file.Path target) {

        /**
         * Renames the new catalogue over the old one: a reader that has the old file open keeps reading it (and
         * the version it points at); the next reader opens the new one.
         */
        public java.nio.file.Path install() throws IOException {
            Files.deleteIfExists(walOf(target));
            Files.move(building, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        }

        public void discard() throws IOException {
            Files.deleteIfExists(building);
            Files.deleteIfExists(walOf(building));
        }
    }

    /** The CREATE VIEW statement for one table: over its files, or a typed empty relation when it has none. */
    String tableView(WarehouseLocation warehouse, WarehouseTable table) throws IOException {
        String columns = table.columns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
        String body;
        if (!warehouse.duckDbReadable()) {
            // DuckDB has no reader for this file system: say so when queried, rather than show an empty table
            return unreadableView(table, table.name() + " is stored at " + warehouse.table(table)
                    + ", which DuckDB cannot read; query a local mirror of the Parquet, or publish to s3a:// and"
                    + " load DuckDB's httpfs");
        } else if (hasFiles(warehouse, table)) {
            String glob = warehouse.duckDbPath() + "/" + table.name() + (table.partitioned() ? "/*/*.parquet" : "/*.parquet");
            String options = table.partitioned()
                    ? ", hive_partitioning = true, hive_types = {'" + WarehouseTable.PARTITION_COLUMN + "': INTEGER}"
                    : ", hive_partitioning = false";
            body = "SELECT " + columns + " FROM read_parquet(" + literal(glob) + options + ")";
        } else {
            // the analyst still sees every column with its type
            body = "SELECT " + table.columns().stream()
                    .map(c -> "CAST(NULL AS " + c.type().duckDbType() + ") AS " + quote(c.name()))
                    .collect(Collectors.joining(", ")) + " WHERE false";
        }
        return "CREATE OR REPLACE VIEW " + quote(table.name()) + " AS " + body;
    }

    /** A view with the table's typed columns whose every query fails with {@code message}. */
    static String unreadableView(WarehouseTable table, String message) {
        return "CREATE OR REPLACE VIEW " + quote(table.name()) + " AS SELECT " + table.columns().stream()
                .map(c -> "CAST(unreadable AS " + c.type().duckDbType() + ") AS " + quote(c.name()))
                .collect(Collectors.joining(", "))
                // the filter makes every query evaluate error(), even count(*) that needs no column
                + " FROM (SELECT error(" + literal(message) + ") AS unreadable) WHERE unreadable IS NULL";
    }

    private boolean hasFiles(WarehouseLocation warehouse, WarehouseTable table) throws IOException {
        Path dir = warehouse.table(table);
        Path pattern = new Path(dir, table.partitioned() ? "*/*.parquet" : "*.parquet");
        FileSystem fs = dir.getFileSystem(conf);
        FileStatus[] found = fs.globStatus(pattern);
        return found != null && found.length > 0;
    }

    private static List<java.nio.file.Path> viewFiles(java.nio.file.Path sqlDir) throws IOException {
        if (sqlDir == null || !Files.isDirectory(sqlDir.resolve("views"))) {
            return List.of();
        }
        try (Stream<java.nio.file.Path> files = Files.list(sqlDir.resolve("views"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
    }

    private static java.nio.file.Path walOf(java.nio.file.Path db) {
        return db.resolveSibling(db.getFileName() + ".wal");
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
