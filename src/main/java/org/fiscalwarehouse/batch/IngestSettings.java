package org.fiscalwarehouse.batch;

import java.nio.file.Path;

/**
 * What one ingest works with.
 *
 * @param source    {@code classpath:…} (the bundled sample), a local folder or file, or an http(s) page
 * @param warehouse where the Parquet goes: a local folder or a Hadoop FileSystem URI
 * @param stateDir  local folder for the job repository, the landing zone and stage hand-over files
 * @param catalogDir local folder that receives fiscal.duckdb
 * @param sqlDir    folder of the DuckDB view definitions
 * @param unitsFile the unit catalogue ({@code jobs/units.yml})
 */
public record IngestSettings(String source, String warehouse, Path stateDir, Path catalogDir, Path sqlDir, Path unitsFile) {
}
