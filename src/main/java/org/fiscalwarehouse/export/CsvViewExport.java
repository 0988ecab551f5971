package org.fiscalwarehouse.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import org.fiscalwarehouse.query.WarehouseQuery;

/**
 * {@code export --format=csv}: writes one table or view of the warehouse as a UTF-8 CSV file with a header row
 * (commons-csv, through {@link WarehouseQuery}: plain decimals, NULL as an empty field). With a byte-order mark
 * Excel opens the file as UTF-8 instead of the system code page, so the Chinese text stays readable.
 */
public final class CsvViewExport {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final WarehouseQuery query;

    public CsvViewExport(WarehouseQuery query) {
        this.query = query;
    }

    /** Writes {@code view} to {@code out} (replacing it whole: written beside it, then moved); returns the rows. */
    public long export(String view, Path out, boolean byteOrderMark) throws IOException, SQLException {
        if (!view.matches("[A-Za-z_][A-Za-z0-9_]*") || !query.hasRelation(view)) {
            throw new IllegalArgumentException("no table or view named " + view + " in the warehouse");
        }
        Path target = out.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        long rows;
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            if (byteOrderMark) {
                writer.write(BYTE_ORDER_MARK);
            }
            rows = query.run("SELECT * FROM \"" + view + "\"", writer);
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }
}
