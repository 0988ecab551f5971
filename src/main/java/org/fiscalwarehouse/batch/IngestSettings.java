package org.fiscalwarehouse.batch;

import java.nio.file.Path;
import org.fiscalwarehouse.warehouse.WarehouseVersions;

/**
 * What one ingest works with.
 *
 * @param source       {@code classpath:…} (the bundled sample), a local folder or file, or an http(s) page
 * @param warehouse    where the Parquet goes: a local folder or a Hadoop FileSystem URI
 * @param stateDir     local folder for the job repository, the landing zone and stage hand-over files
 * @param catalogDir   local folder that receives fiscal.duckdb
 * @param sqlDir       folder of the DuckDB view definitions
 * @param unitsFile    the unit catalogue ({@code jobs/units.yml})
 * @param keepVersions how many complete warehouse versions the publish keeps
 */
public record IngestSettings(String source, String warehouse, Path stateDir, Path catalogDir, Path sqlDir,
                             Path unitsFile, int keepVersions) {

    /** Settings that keep the default number of warehouse versions. */
    public IngestSettings(String source, String warehouse, Path stateDir, Path catalogDir, Path sqlDir,
                          Path unitsFile) {
        this(source, warehouse, stateDir, catalogDir, sqlDir, unitsFile, WarehouseVersions.DEFAULT_KEEP);
    }
}
