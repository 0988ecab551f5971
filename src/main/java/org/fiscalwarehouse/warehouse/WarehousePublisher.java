package org.fiscalwarehouse.warehouse;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.fiscalwarehouse.reconcile.ReconciledDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warehouse stage: turns reconciled documents into the star schema's Parquet tables, replacing each table's
 * previous content (a rerun on the same input leaves the same content), then rebuilds the DuckDB catalogue.
 * Writes straight into the location given; an atomic, versioned publish can wrap this by passing a staging
 * location and switching afterwards.
 */
public final class WarehousePublisher {

    private static final Logger log = LoggerFactory.getLogger(WarehousePublisher.class);

    private final ParquetTableWriter writer;
    private final DuckDbCatalog catalog;

    public WarehousePublisher(ParquetTableWriter writer, DuckDbCatalog catalog) {
        this.writer = writer;
        this.catalog = catalog;
    }

    /** A publisher with the default Hadoop configuration (local files without .crc, hdfs/s3a as configured). */
    public static WarehousePublisher withDefaults() {
        ParquetTableWriter writer = new ParquetTableWriter(ParquetTableWriter.defaultConfiguration());
        return new WarehousePublisher(writer, new DuckDbCatalog(writer.configuration()));
    }

    /** Publishes to a local warehouse directory; {@code fiscal.duckdb} goes into that directory. */
    public PublishSummary publish(List<ReconciledDocument> documents, List<UnitRow> units, String warehouseLocation,
                                  Path sqlDir) throws IOException, SQLException {
        WarehouseLocation location = WarehouseLocation.of(warehouseLocation);
        if (!location.isLocal()) {
            throw new IllegalArgumentException(warehouseLocation + " is remote: say where fiscal.duckdb goes");
        }
        return publish(documents, units, warehouseLocation, location.localDirectory(), sqlDir);
    }

    /**
     * @param warehouseLocation local directory or Hadoop URI for the Parquet tables
     * @param catalogDir        local directory for {@code fiscal.duckdb}
     * @param sqlDir            directory with {@code views/*.sql} (the project's {@code sql/})
     */
    public PublishSummary publish(List<ReconciledDocument> documents, List<UnitRow> units, String warehouseLocation,
                                  Path catalogDir, Path sqlDir) throws IOException, SQLException {
        WarehouseLocation location = WarehouseLocation.of(warehouseLocation);
        StarSchemaRows rows = StarSchemaRows.of(documents, units);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<WarehouseTable, List<GenericRecord>> table : rows.all().entrySet()) {
            writer.replaceTable(location, table.getKey(), table.getValue());
            counts.put(table.getKey().name(), table.getValue().size());
        }
        Path database = catalog.build(location, catalogDir, sqlDir);
        log.info("published {} documents to {}: {}; catalogue {}", documents.size(), location, counts, database);
        return new PublishSummary(location.toString(), database, counts);
    }

    /** What a publish wrote: rows per table and the DuckDB catalogue file. */
    public record PublishSummary(String warehouse, Path database, Map<String, Integer> rowCounts) {
        public PublishSummary {
            rowCounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts)); // keeps table order
        }
    }
}
