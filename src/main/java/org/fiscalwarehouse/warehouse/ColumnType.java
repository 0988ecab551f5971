package org.fiscalwarehouse.warehouse;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * The column types the contract uses, with their Avro encoding (standard logical types only, so DuckDB, Spark and
 * pyarrow read them without plugins) and the type DuckDB reports for them.
 */
public enum ColumnType {
    VARCHAR("VARCHAR"),
    INTEGER("INTEGER"),
    /** Money in 万元: {@code DECIMAL(18,2)}. */
    MONEY("DECIMAL(18,2)"),
    /** Percentages, scores and weights: {@code DECIMAL(9,2)}. */
    PCT("DECIMAL(9,2)"),
    /** An instant; Parquet TIMESTAMP(MILLIS, adjusted to UTC), which DuckDB reads as TIMESTAMPTZ. */
    TIMESTAMP("TIMESTAMP WITH TIME ZONE");

    public static final int DECIMAL_SCALE = 2;

    private final String duckDbType;

    ColumnType(String duckDbType) {
        this.duckDbType = duckDbType;
    }

    /** The type name DuckDB's DESCRIBE prints for a column of this type. */
    public String duckDbType() {
        return duckDbType;
    }

    /** Decimal precision of MONEY/PCT, 0 otherwise. */
    public int precision() {
        return switch (this) {
            case MONEY -> 18;
            case PCT -> 9;
            default -> 0;
        };
    }

    public boolean isDecimal() {
        return precision() > 0;
    }

    Schema avroSchema() {
        return switch (this) {
            case VARCHAR -> Schema.create(Schema.Type.STRING);
            case INTEGER -> Schema.create(Schema.Type.INT);
            // bytes + decimal logical type becomes Parquet BINARY annotated DECIMAL(p,s): readable everywhere
            case MONEY, PCT -> LogicalTypes.decimal(precision(), DECIMAL_SCALE).addToSchema(Schema.create(Schema.Type.BYTES));
            case TIMESTAMP -> LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));
        };
    }
}
