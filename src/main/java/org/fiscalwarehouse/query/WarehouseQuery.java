package org.fiscalwarehouse.query;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The {@code query} command: runs SQL over the warehouse's DuckDB catalogue and prints CSV with a header row.
 * The database is opened read-only, so a query can neither change the warehouse nor block a running publish
 * from other readers; DECIMAL values print as plain numbers ({@code 3139.49}), NULL as an empty field.
 */
public final class WarehouseQuery {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private static final java.util.Set<Integer> NUMERIC_TYPES = java.util.Set.of(java.sql.Types.DECIMAL,
            java.sql.Types.NUMERIC, java.sql.Types.INTEGER, java.sql.Types.BIGINT, java.sql.Types.SMALLINT,
            java.sql.Types.TINYINT, java.sql.Types.DOUBLE, java.sql.Types.FLOAT, java.sql.Types.REAL);

    private final Path database;

    /** @param catalogDir the directory holding {@code fiscal.duckdb} (a local warehouse's own directory) */
    public WarehouseQuery(Path catalogDir) {
        this.database = catalogDir.resolve("fiscal.duckdb").toAbsolutePath();
    }

    /** Runs {@code sql} and writes its result as CSV; returns the number of data rows. */
    public long run(String sql, Appendable out) throws SQLException, IOException {
        try (Connection connection = open();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            CSVPrinter printer = new CSVPrinter(out, CSV);
            List<String> header = new ArrayList<>(columns);
            for (int i = 1; i <= columns; i++) {
                header.add(meta.getColumnLabel(i));
            }
            printer.printRecord(header);
            long rows = 0;
            List<String> record = new ArrayList<>(columns);
            while (rs.next()) {
                record.clear();
                for (int i = 1; i <= columns; i++) {
                    String value = text(rs.getObject(i));
                    record.add(value == null ? "" : value);
                }
                printer.printRecord(record);
                rows++;
            }
            printer.flush();
            return rows;
        }
    }

    /** Runs {@code sql} and returns the whole result as text (for results a person reads, not for bulk data). */
    public QueryResult fetch(String sql) throws SQLException, IOException {
        try (Connection connection = open();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            List<String> labels = new ArrayList<>(columns);
            List<Boolean> numeric = new ArrayList<>(columns);
            for (int i = 1; i <= columns; i++) {
                labels.add(meta.getColumnLabel(i));
                numeric.add(NUMERIC_TYPES.contains(meta.getColumnType(i)));
            }
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(text(rs.getObject(i)));
                }
                rows.add(row);
            }
            return new QueryResult(labels, numeric, rows);
        }
    }

    /** Whether the catalogue holds a table or view of that name. */
    public boolean hasRelation(String name) throws SQLException, IOException {
        try (Connection connection = open();
             java.sql.PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    private Connection open() throws SQLException, IOException {
        if (!Files.isRegularFile(database)) {
            throw new IOException("no warehouse catalogue at " + database + " (run ingest first)");
        }
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + database, properties);
    }

    /** The value as printed: decimals in plain digits; null for NULL. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        // toString() could print 1E+3 for some decimals; analysts' tools want plain digits
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
