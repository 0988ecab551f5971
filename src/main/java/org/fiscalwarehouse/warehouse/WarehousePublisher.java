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
 * The warehouse stage: turns reconciled documents into the star schema's Parquet tables and the DuckDB catalogue,
 * as a new version of the warehouse ({@link WarehouseVersions}). Every table of the new version is written, the
 * version is marked complete and its catalogue built, and only then do {@code CURRENT} and {@code fiscal.duckdb}
 * switch to it. A run that fails half-way leaves the current version and catalogue as they were. Each publish
 * writes the whole content, so a rerun on the same input gives the same content.
 */
public final class WarehousePublisher {

    private static final Logger log = LoggerFactory.getLogger(WarehousePublisher.class);

    private final ParquetTableWriter writer;
    private final DuckDbCatalog catalog;
    private final int keepVersions;

    public WarehousePublisher(ParquetTableWriter writer, DuckDbCatalog catalog) {
        this(writer, catalog, WarehouseVersions.DEFAULT_KEEP);
    }

    /** @param keepVersions how many complete versions stay on disk (at least 1; 2 or more let readers finish) */
    public WarehousePublisher(ParquetTableWriter writer, DuckDbCatalog catalog, int keepVersions) {
        if (keepVersions < 1) {
            throw new IllegalArgumentException("keep at least one warehouse version, not " + keepVersions);
        }
        this.writer = writer;
        this.catalog = catalog;
        this.keepVersions = keepVersions;
    }

    /** A publisher with the default Hadoop configuration (local files without .crc, hdfs/s3a as configured). */
    public static WarehousePublisher withDefaults() {
        return withDefaults(WarehouseVersions.DEFAULT_KEEP);
    }

    public static WarehousePublisher withDefaults(int keepVersions) {
        ParquetTableWriter writer = new ParquetTableWriter(ParquetTableWriter.defaultConfiguration());
        return new WarehousePublisher(writer, new DuckDbCatalog(writer.configuration()), keepVersions);
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
     * @param warehouseLocation local directory or Hadoop URI: the root of the versioned warehouse
     * @param catalogDir        local directory for {@code fiscal.duckdb}
     * @param sqlDir            directory with {@code views/*.sql} (the project's {@code sql/})
     */
    public PublishSummary publish(List<ReconciledDocument> documents, List<UnitRow> units, String warehouseLocation,
                                  Path catalogDir, Path sqlDir) throws IOException, SQLException {
        WarehouseLocation root = WarehouseLocation.of(warehouseLocation);
        WarehouseVersions versions = new WarehouseVersions(root, writer.configuration());
        StarSchemaRows rows = StarSchemaRows.of(documents, units);
        WarehouseVersions.Version version = versions.create();
        Map<String, Integer> counts = new LinkedHashMap<>();
        DuckDbCatalog.Prepared prepared;
        try {
            for (Map.Entry<WarehouseTable, List<GenericRecord>> table : rows.all().entrySet()) {
                writer.replaceTable(version.location(), table.getKey(), table.getValue());
                counts.put(table.getKey().name(), table.getValue().size());
            }
            versions.markComplete(version);
            prepared = catalog.prepare(version.location(), catalogDir, sqlDir);
        } catch (IOException | SQLException | RuntimeException e) {
            // the current version and catalogue are untouched; the half-written version goes (prune would too)
            version.location().root().getFileSystem(writer.configuration()).delete(version.location().root(), true);
            throw e;
        }
        versions.switchTo(version);
        Path database = prepared.install();
        List<String> pruned = versions.prune(keepVersions);
        List<String> legacy = versions.removeUnversionedTables();
        log.info("published {} documents to {} as {}: {}; catalogue {}; removed versions {}{}", documents.size(), root,
                version.name(), counts, database, pruned, legacy.isEmpty() ? "" : "; unversioned tables " + legacy);
        return new PublishSummary(root.toString(), version.name(), version.location().toString(), database, counts);
    }

    /** What a publish wrote: the version, rows per table and the DuckDB catalogue file. */
    public record PublishSummary(String warehouse, String version, String versionLocation, Path database,
                                 Map<String, Integer> rowCounts) {
        public PublishSummary {
            rowCounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts)); // keeps table order
        }
    }
}
