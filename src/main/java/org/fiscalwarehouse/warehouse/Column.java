package org.fiscalwarehouse.warehouse;

/**
 * One column of a warehouse table.
 *
 * @param required a key column: the writer refuses a row with NULL here
 */
public record Column(String name, ColumnType type, boolean required) {
}
