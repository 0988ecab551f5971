package org.fiscalwarehouse.cli;

import java.nio.file.Path;

/**
 * The {@code --warehouse} value: a local folder, or a Hadoop FileSystem URI (hdfs://, s3a://, …). The job's
 * own state (job repository, landing zone, DuckDB catalogue) always lives on local disk: in the warehouse folder
 * when it is local, else in a local state folder.
 */
public record WarehouseLocation(String location, boolean local) {

    public static final String DEFAULT = "warehouse";

    public static WarehouseLocation of(String value) {
        boolean remote = value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") && !value.startsWith("file:");
        if (remote) {
            return new WarehouseLocation(value, false);
        }
        String path = value.startsWith("file:") ? Path.of(java.net.URI.create(value)).toString() : value;
        return new WarehouseLocation(Path.of(path).toAbsolutePath().normalize().toString(), true);
    }

    /** Job repository, landing zone and hand-over files; '_' keeps Spark and Hive from reading it as data. */
    public Path stateDir(String stateDirOption) {
        if (stateDirOption != null) {
            return Path.of(stateDirOption).toAbsolutePath().normalize();
        }
        return local ? Path.of(location, "_state") : Path.of(".fiscal-warehouse").toAbsolutePath();
    }

    /** Where fiscal.duckdb goes: beside the Parquet when local, else in the local state folder's parent. */
    public Path catalogDir(String stateDirOption) {
        return local ? Path.of(location) : stateDir(stateDirOption);
    }
}
