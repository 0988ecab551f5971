package org.fiscalwarehouse.warehouse;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Conversions;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/**
 * Writes one warehouse table as Parquet through Hadoop's FileSystem, so the same code writes a local folder,
 * {@code hdfs://} or {@code s3a://}. A dimension is one file {@code <table>/part-0.parquet}; a partitioned fact
 * table is one file per year {@code <table>/fiscal_year=YYYY/part-0.parquet} without the partition column inside.
 * Writing a table first removes the table's folder, so a rerun replaces rather than adds.
 */
public final class ParquetTableWriter {

    public static final String PART_FILE = "part-0.parquet";

    /**
     * ZSTD through parquet's own codec (zstd-jni ships its native code in the jar, unlike Hadoop's native libs,
     * which the shaded client does not have). DuckDB, Spark and pyarrow all read it.
     */
    public static final CompressionCodecName CODEC = CompressionCodecName.ZSTD;

    private final Configuration conf;
    private final GenericData dataModel;

    public ParquetTableWriter(Configuration conf) {
        this.conf = conf;
        this.dataModel = new GenericData();
        // lets rows carry BigDecimal and Instant; Avro encodes them as decimal bytes and timestamp-millis
        dataModel.addLogicalTypeConversion(new Conversions.DecimalConversion());
        dataModel.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    }

    /**
     * A Hadoop configuration fit for the warehouse. The raw local file system writes no {@code .crc} side files
     * (they would also show up in DuckDB's globs' folders); with caching off the setting cannot be bypassed by
     * a FileSystem instance someone else cached earlier. On Linux and macOS the shaded client needs neither
     * HADOOP_HOME nor native libraries for local files; Hadoop only logs that native code is unavailable.
     */
    public static Configuration defaultConfiguration() {
        Configuration conf = new Configuration();
        conf.setClass("fs.file.impl", RawLocalFileSystem.class, FileSystem.class);
        conf.setBoolean("fs.file.impl.disable.cache", true);
        return conf;
    }

    public Configuration configuration() {
        return conf;
    }

    /** Replaces the table's folder under {@code location} with {@code rows} (built against the table's row schema). */
    public void replaceTable(WarehouseLocation location, WarehouseTable table, List<GenericRecord> rows)
            throws IOException {
        Path dir = location.table(table);
        FileSystem fs = dir.getFileSystem(conf);
        if (fs.exists(dir) && !fs.delete(dir, true)) {
            throw new IOException("cannot remove previous content of " + dir);
        }
        fs.mkdirs(dir);
        List<GenericRecord> sorted = new ArrayList<>(rows);
        sorted.sort(rowOrder(table)); // stable: ties keep the order the publisher produced
        if (!table.partitioned()) {
            writeFile(new Path(dir, PART_FILE), table, sorted);
            return;
        }
        Map<Integer, List<GenericRecord>> byYear = new TreeMap<>();
        for (GenericRecord row : sorted) {
            Object year = row.get(WarehouseTable.PARTITION_COLUMN);
            if (year == null) {
                throw new IllegalArgumentException(table + ": row without " + WarehouseTable.PARTITION_COLUMN + ": " + row);
            }
            byYear.computeIfAbsent((Integer) year, y -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<Integer, List<GenericRecord>> partition : byYear.entrySet()) {
            Path partDir = new Path(dir, WarehouseTable.PARTITION_COLUMN + "=" + partition.getKey());
            writeFile(new Path(partDir, PART_FILE), table, partition.getValue());
        }
    }

    private void writeFile(Path file, WarehouseTable table, List<GenericRecord> rows) throws IOException {
        try (ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(
                        HadoopOutputFile.fromPath(file, conf))
                .withSchema(table.fileSchema())
                .withDataModel(dataModel)
                .withConf(conf)
                .withCompressionCodec(CODEC)
                .withDictionaryEncoding(true)
                .withStatisticsEnabled(true)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build()) {
            for (GenericRecord row : rows) {
                writer.write(toFileRecord(table, row));
            }
        }
    }

    private GenericRecord toFileRecord(WarehouseTable table, GenericRecord row) {
        GenericRecord out = new GenericData.Record(table.fileSchema());
        for (Column column : table.fileColumns()) {
            Object value = row.get(column.name());
            if (value == null && column.required()) {
                throw new IllegalArgumentException(table + "." + column.name() + " is required: " + row);
            }
            out.put(column.name(), column.type().isDecimal() ? decimal(table, column, (BigDecimal) value) : value);
        }
        return out;
    }

    /** Avro's decimal encoding needs the schema's exact scale; precision overflow would be silently corrupt. */
    private static BigDecimal decimal(WarehouseTable table, Column column, BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal scaled = value.setScale(ColumnType.DECIMAL_SCALE, RoundingMode.HALF_UP);
        if (scaled.precision() > column.type().precision()) {
            throw new IllegalArgumentException(table + "." + column.name() + ": " + value
                    + " does not fit " + column.type().duckDbType());
        }
        return scaled;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<GenericRecord> rowOrder(WarehouseTable table) {
        Comparator<GenericRecord> order = (a, b) -> 0;
        for (String key : table.sortKeys()) {
            Comparator<Comparable> values = Comparator.nullsFirst(Comparator.naturalOrder());
            order = order.thenComparing(r -> (Comparable) comparable(r.get(key)), values);
        }
        return order;
    }

    /** Avro may hold strings as Utf8, which does not compare with String. */
    private static Object comparable(Object value) {
        return value instanceof CharSequence cs ? cs.toString() : value;
    }
}
