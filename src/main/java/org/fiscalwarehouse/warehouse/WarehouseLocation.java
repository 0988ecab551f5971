package org.fiscalwarehouse.warehouse;

import java.net.URI;
import java.nio.file.Paths;
import org.apache.hadoop.fs.Path;

/**
 * Where a warehouse lives: a local directory or a Hadoop URI ({@code file:}, {@code hdfs://}, {@code s3a://}).
 * Local paths are made absolute so the DuckDB views work from any working directory.
 *
 * @param root the root as a Hadoop path (always with a scheme)
 */
public record WarehouseLocation(Path root) {

    public static WarehouseLocation of(String location) {
        String trimmed = location.strip();
        // a one-letter "scheme" is a Windows drive (C:\...), not a URI
        int colon = trimmed.indexOf(':');
        boolean uri = colon > 1 && trimmed.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
        if (!uri) {
            return new WarehouseLocation(new Path(Paths.get(trimmed).toAbsolutePath().normalize().toUri()));
        }
        return new WarehouseLocation(new Path(URI.create(stripTrailingSlash(trimmed))));
    }

    public boolean isLocal() {
        return "file".equals(root.toUri().getScheme());
    }

    /** The local directory of a local warehouse. */
    public java.nio.file.Path localDirectory() {
        if (!isLocal()) {
            throw new IllegalStateException(root + " is not a local directory");
        }
        return Paths.get(root.toUri());
    }

    public Path table(WarehouseTable table) {
        return new Path(root, table.name());
    }

    /**
     * The location as DuckDB's read_parquet expects it: a plain absolute path for local files; s3a:// becomes
     * s3:// (DuckDB's httpfs scheme). DuckDB cannot read hdfs:// itself; such views fail until the files are
     * mirrored somewhere DuckDB can reach.
     */
    public String duckDbPath() {
        if (isLocal()) {
            return localDirectory().toString();
        }
        String text = root.toUri().toString();
        return text.startsWith("s3a://") ? "s3://" + text.substring("s3a://".length()) : text;
    }

    /**
     * Whether DuckDB can read Parquet here: local files, and with its httpfs extension object stores and http(s).
     * It has no HDFS client, so {@code hdfs://} (and other Hadoop-only schemes) cannot be read.
     */
    public boolean duckDbReadable() {
        if (isLocal()) {
            return true;
        }
        String scheme = root.toUri().getScheme();
        return scheme != null && java.util.Set.of("s3a", "s3", "gs", "gcs", "http", "https", "az", "abfss")
                .contains(scheme.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return root.toString();
    }

    private static String stripTrailingSlash(String s) {
        return s.length() > 1 && s.endsWith("/") && !s.endsWith("://") ? s.substring(0, s.length() - 1) : s;
    }
}
