package org.fiscalwarehouse.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * A table of the star schema: its columns in contract order, whether it is partitioned Hive-style by
 * {@code fiscal_year}, and the columns its rows are sorted by inside a file (so files compress well and a rerun
 * writes byte-for-byte the same rows).
 */
public final class WarehouseTable {

    public static final String PARTITION_COLUMN = "fiscal_year";
    private static final String NAMESPACE = "org.fiscalwarehouse.warehouse.avro";

    private final String name;
    private final List<Column> columns;
    private final boolean partitioned;
    private final List<String> sortKeys;
    private final Schema rowSchema;
    private final Schema fileSchema;

    public WarehouseTable(String name, List<Column> columns, boolean partitioned, List<String> sortKeys) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.partitioned = partitioned;
        this.sortKeys = List.copyOf(sortKeys);
        if (partitioned && column(PARTITION_COLUMN).isEmpty()) {
            throw new IllegalArgumentException(name + " is partitioned but has no " + PARTITION_COLUMN);
        }
        for (String key : sortKeys) {
            if (column(key).isEmpty()) {
                throw new IllegalArgumentException(name + " sorts by unknown column " + key);
            }
        }
        // built once: rows are created by the thousand
        this.rowSchema = avroRecord(name + "_row", this.columns);
        this.fileSchema = avroRecord(name, fileColumns());
    }

    public String name() {
        return name;
    }

    public List<Column> columns() {
        return columns;
    }

    public boolean partitioned() {
        return partitioned;
    }

    public List<String> sortKeys() {
        return sortKeys;
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** The columns stored inside a Parquet file: Hive style keeps the partition column in the folder name only. */
    public List<Column> fileColumns() {
        return partitioned ? columns.stream().filter(c -> !c.name().equals(PARTITION_COLUMN)).toList() : columns;
    }

    /** Avro schema of a whole row, partition column included; rows are built against it. */
    public Schema rowSchema() {
        return rowSchema;
    }

    /** Avro schema of the rows written into a file. */
    public Schema fileSchema() {
        return fileSchema;
    }

    public GenericRecord newRow() {
        return new GenericData.Record(rowSchema);
    }

    @Override
    public String toString() {
        return name;
    }

    private static Schema avroRecord(String recordName, List<Column> cols) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Column c : cols) {
            Schema type = c.type().avroSchema();
            fields.add(c.required()
                    ? new Schema.Field(c.name(), type)
                    : new Schema.Field(c.name(), SchemaBuilder.unionOf().nullType().and().type(type).endUnion(),
                    null, Schema.Field.NULL_DEFAULT_VALUE));
        }
        return Schema.createRecord(recordName, null, NAMESPACE, false, fields);
    }
}
