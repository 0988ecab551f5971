package org.fiscalwarehouse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** How tests open a published warehouse: as an analyst would, through its DuckDB catalogue, read-only. */
public final class WarehouseDb {

    private WarehouseDb() {
    }

    /** {@code <catalogDir>/fiscal.duckdb}, read-only. */
    public static Connection readOnly(Path catalogDir) throws SQLException {
        return readOnlyDatabase(catalogDir.resolve("fiscal.duckdb"));
    }

    public static Connection readOnlyDatabase(Path database) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + database, readOnly);
    }

    /** Rows as lists of strings; NULL spelled out so it cannot pass for an empty string or a 0; plain decimals. */
    public static List<List<String>> rows(Connection c, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v == null ? "NULL" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Each row's cells joined by '|', for compact assertions. */
    public static List<String> lines(Connection c, String sql) throws SQLException {
        return rows(c, sql).stream().map(r -> String.join("|", r)).toList();
    }

    public static long count(Connection c, String relation) throws SQLException {
        return Long.parseLong(rows(c, "SELECT count(*) FROM " + relation).get(0).get(0));
    }
}
