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

    private final Path database;

    /** @param catalogDir the directory holding {@code fiscal.duckdb} (a local warehouse's own directory) */
    public WarehouseQuery(Path catalogDir) {
        this.database = catalogDir.resolve("fiscal.duckdb").toAbsolutePath();
    }

    /** Runs {@code sql} and writes its result as CSV; returns the number of data rows. */
    public long run(String sql, Appendable out) throws SQLException, IOException {
        if (!Files.isRegularFile(database)) {
            throw new IOException("no warehouse catalogue at " + database + " (run ingest first)");
        }
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database, properties);
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
                    record.add(text(rs.getObject(i)));
                }
                printer.printRecord(record);
                rows++;
            }
            printer.flush();
            return rows;
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        // toString() could print 1E+3 for some decimals; analysts' tools want plain digits
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
