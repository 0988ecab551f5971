package org.fiscalwarehouse.warehouse;

import static org.fiscalwarehouse.warehouse.ColumnType.INTEGER;
import static org.fiscalwarehouse.warehouse.ColumnType.MONEY;
import static org.fiscalwarehouse.warehouse.ColumnType.PCT;
import static org.fiscalwarehouse.warehouse.ColumnType.TIMESTAMP;
import static org.fiscalwarehouse.warehouse.ColumnType.VARCHAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every table of the contract ({@code /work/shared/warehouse-contract.md}), columns in the contract's order.
 * Additions the contract allows come after the contract's columns: the figure's provenance on every fact table
 * except fact_check, the printed rate on fact_sangong, the figure's source where the contract has none, and on the
 * tables a repair can touch {@code superseded_by}: the check code of the repair that replaced a printed figure
 * (NULL for a figure in use), so the views skip it while the table keeps what was printed.
 */
public final class WarehouseSchema {

    private static final Column SUPERSEDED_BY = col("superseded_by", VARCHAR);

    public static final WarehouseTable DIM_UNIT = new WarehouseTable("dim_unit", List.of(
            key("unit_code", VARCHAR), col("name_zh", VARCHAR), col("region_zh", VARCHAR),
            col("admin_level", VARCHAR), col("unit_type_zh", VARCHAR)),
            false, List.of("unit_code"));

    /** A rejected file may have no recognised unit or year, so only doc_id is a key. */
    public static final WarehouseTable DIM_DOCUMENT = new WarehouseTable("dim_document", List.of(
            key("doc_id", VARCHAR), col("unit_code", VARCHAR), col("fiscal_year", INTEGER), col("doc_kind", VARCHAR),
            col("scope", VARCHAR), col("title_zh", VARCHAR), col("source_url", VARCHAR), col("file_name", VARCHAR),
            col("sha256", VARCHAR), col("page_count", INTEGER), col("fetched_at", TIMESTAMP), col("status", VARCHAR),
            col("status_reason", VARCHAR)),
            false, List.of("doc_id"));

    /** Every code a fact uses plus its parents; name_source (addition) says where name_zh comes from. */
    public static final WarehouseTable DIM_FUNC_SUBJECT = new WarehouseTable("dim_func_subject", List.of(
            key("code", VARCHAR), col("name_zh", VARCHAR), col("level", VARCHAR), col("parent_code", VARCHAR),
            col("name_source", VARCHAR)),
            false, List.of("code"));

    public static final WarehouseTable DIM_ECON_SUBJECT = new WarehouseTable("dim_econ_subject", List.of(
            key("code", VARCHAR), col("name_zh", VARCHAR), col("level", VARCHAR), col("parent_code", VARCHAR),
            col("name_source", VARCHAR)),
            false, List.of("code"));

    public static final WarehouseTable FACT_FUNC_AMOUNT = new WarehouseTable("fact_func_amount", withProvenance(
            key("doc_id", VARCHAR), key("unit_code", VARCHAR), key("fiscal_year", INTEGER), col("doc_kind", VARCHAR),
            col("table_code", VARCHAR), col("subject_code", VARCHAR), col("measure", VARCHAR),
            col("amount_wan", MONEY), col("source", VARCHAR)).with(SUPERSEDED_BY),
            true, List.of("unit_code", "subject_code", "table_code", "measure", "doc_id", "source"));

    public static final WarehouseTable FACT_ECON_AMOUNT = new WarehouseTable("fact_econ_amount", withProvenance(
            key("doc_id", VARCHAR), key("unit_code", VARCHAR), key("fiscal_year", INTEGER), col("doc_kind", VARCHAR),
            col("table_code", VARCHAR), col("econ_code", VARCHAR), col("amount_wan", MONEY), col("source", VARCHAR))
            .with(SUPERSEDED_BY), true, List.of("unit_code", "econ_code", "table_code", "doc_id", "source"));

    /** fiscal_year is the figure's year: a derived prior-year figure lands in the earlier partition. */
    public static final WarehouseTable FACT_SANGONG = new WarehouseTable("fact_sangong", withProvenance(
            key("doc_id", VARCHAR), key("unit_code", VARCHAR), col("scope", VARCHAR), key("fiscal_year", INTEGER),
            col("category", VARCHAR), col("phase", VARCHAR), col("amount_wan", MONEY), col("source", VARCHAR),
            col("stated_rate_pct", PCT)).with(SUPERSEDED_BY),
            true, List.of("unit_code", "category", "phase", "scope", "doc_id", "source"));

    public static final WarehouseTable FACT_PROJECT_PERFORMANCE = new WarehouseTable("fact_project_performance",
            withProvenance(
                    key("doc_id", VARCHAR), key("unit_code", VARCHAR), key("fiscal_year", INTEGER),
                    col("project_name_zh", VARCHAR), col("budget_initial_wan", MONEY),
                    col("budget_full_year_wan", MONEY), col("executed_wan", MONEY), col("execution_rate_pct", PCT),
                    col("stated_rate_pct", PCT), col("score", PCT), col("source", VARCHAR)).with(SUPERSEDED_BY),
            true, List.of("unit_code", "project_name_zh", "doc_id", "source"));

    /** Sorted by project only: within a project the printed indicator order is kept (the sort is stable). */
    public static final WarehouseTable FACT_PERFORMANCE_INDICATOR = new WarehouseTable("fact_performance_indicator",
            withProvenance(
                    key("doc_id", VARCHAR), key("unit_code", VARCHAR), key("fiscal_year", INTEGER),
                    col("project_name_zh", VARCHAR), col("level1_zh", VARCHAR), col("level2_zh", VARCHAR),
                    col("indicator_zh", VARCHAR), col("target_text", VARCHAR), col("actual_text", VARCHAR),
                    col("weight", PCT), col("score", PCT)).with(col("completion_text", VARCHAR)),
            true, List.of("unit_code", "project_name_zh", "doc_id"));

    public static final WarehouseTable FACT_STAT = new WarehouseTable("fact_stat", withProvenance(
            key("doc_id", VARCHAR), key("unit_code", VARCHAR), key("fiscal_year", INTEGER), col("metric", VARCHAR),
            col("item", VARCHAR), col("value", MONEY), col("value_unit", VARCHAR), col("source", VARCHAR))
            .with(SUPERSEDED_BY), true, List.of("unit_code", "metric", "item", "doc_id", "source"));

    /** Has no fiscal_year of its own (it is the document's), so it is one unpartitioned file. */
    public static final WarehouseTable FACT_CHECK = new WarehouseTable("fact_check", List.of(
            key("doc_id", VARCHAR), key("check_code", VARCHAR), col("severity", VARCHAR), col("status", VARCHAR),
            col("subject", VARCHAR), col("expected_wan", MONEY), col("actual_wan", MONEY), col("message", VARCHAR)),
            false, List.of("doc_id", "check_code", "subject"));

    public static final List<WarehouseTable> ALL = List.of(DIM_UNIT, DIM_DOCUMENT, DIM_FUNC_SUBJECT, DIM_ECON_SUBJECT,
            FACT_FUNC_AMOUNT, FACT_ECON_AMOUNT, FACT_SANGONG, FACT_PROJECT_PERFORMANCE, FACT_PERFORMANCE_INDICATOR,
            FACT_STAT, FACT_CHECK);

    private WarehouseSchema() {
    }

    public static Optional<WarehouseTable> table(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static Column key(String name, ColumnType type) {
        return new Column(name, type, true);
    }

    private static Column col(String name, ColumnType type) {
        return new Column(name, type, false);
    }

    private static Columns withProvenance(Column... contractColumns) {
        Columns cols = new Columns(contractColumns);
        cols.add(col("source_page", INTEGER));
        cols.add(col("source_table", VARCHAR));
        cols.add(col("source_row", VARCHAR));
        cols.add(col("source_column", VARCHAR));
        return cols;
    }

    /** A table's columns, extended by further additions. */
    private static final class Columns extends ArrayList<Column> {

        Columns(Column... columns) {
            super(List.of(columns));
        }

        Columns with(Column column) {
            add(column);
            return this;
        }
    }
}
