package org.fiscalwarehouse.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fiscalwarehouse.query.QueryResult;
import org.fiscalwarehouse.query.WarehouseQuery;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code export --format=fdp}: the warehouse's general-budget (一般公共预算财政拨款) spending as an OpenSpending
 * Fiscal Data Package (spec 0.3): {@code datapackage.json} plus one CSV resource, {@code data/gpb-spending.csv}.
 *
 * <p>Mapping: the unit is the administrative classification; 功能分类 (类/款/项) the functional and 经济分类 (类/款)
 * the economic classification, each level a parent of the next; a budget (预算) figure is phase {@code approved}, a
 * final-account (决算) figure phase {@code executed}; the fiscal year is the date; amounts stay in 万元 as published,
 * and the measure says so with currency CNY and factor 10000. A row is the most detailed line a published table
 * gives (a 项 where the table breaks a 款 down, else the 款 or 类), so the rows of one table add up to its total
 * without counting a parent twice. The functional rows (tables T05/B05) and the economic rows (table T06: the
 * basic-spending part only) are two breakdowns of the same money: filter on {@code breakdown} before adding up.
 */
public final class FiscalDataPackageExport {

    public static final String DESCRIPTOR = "datapackage.json";
    public static final String RESOURCE_NAME = "gpb-spending";
    public static final String RESOURCE_PATH = "data/gpb-spending.csv";

    /** The resource's columns, in order, with their Table Schema types. */
    private static final List<String[]> FIELDS = List.of(
            new String[]{"fiscal_year", "integer"}, new String[]{"unit_code", "string"},
            new String[]{"unit_name_zh", "string"}, new String[]{"scope", "string"},
            new String[]{"phase", "string"}, new String[]{"doc_kind", "string"},
            new String[]{"breakdown", "string"}, new String[]{"table_code", "string"},
            new String[]{"func_class_code", "string"}, new String[]{"func_class_name_zh", "string"},
            new String[]{"func_kuan_code", "string"}, new String[]{"func_kuan_name_zh", "string"},
            new String[]{"func_item_code", "string"}, new String[]{"func_item_name_zh", "string"},
            new String[]{"econ_class_code", "string"}, new String[]{"econ_class_name_zh", "string"},
            new String[]{"econ_kuan_code", "string"}, new String[]{"econ_kuan_name_zh", "string"},
            new String[]{"amount_wan", "number"}, new String[]{"source", "string"},
            new String[]{"doc_id", "string"});

    /**
     * The most detailed line per document, table and code (a table figure beats the narrative's), with its
     * classification levels named from the dimensions.
     */
    static final String SQL = """
            WITH func AS (
                SELECT f.doc_id, f.unit_code, f.fiscal_year, f.table_code, f.subject_code AS code, f.amount_wan,
                       f.source,
                       row_number() OVER (PARTITION BY f.doc_id, f.table_code, f.subject_code
                                          ORDER BY CASE f.source WHEN 'repaired' THEN 1 WHEN 'table' THEN 2
                                                                 WHEN 'narrative' THEN 3 ELSE 4 END,
                                                   f.source_page NULLS LAST) AS pick
                FROM fact_func_amount f
                WHERE f.table_code IN ('T05', 'B05') AND f.measure = 'total' AND length(f.subject_code) IN (3, 5, 7)
                  AND f.superseded_by IS NULL
            ),
            func_leaf AS (
                SELECT * FROM func a
                WHERE pick = 1
                  AND NOT EXISTS (SELECT 1 FROM func b
                                  WHERE b.doc_id = a.doc_id AND b.table_code = a.table_code
                                    AND length(b.code) > length(a.code) AND starts_with(b.code, a.code))
            ),
            econ AS (
                SELECT e.doc_id, e.unit_code, e.fiscal_year, e.table_code, e.econ_code AS code, e.amount_wan,
                       e.source,
                       row_number() OVER (PARTITION BY e.doc_id, e.table_code, e.econ_code
                                          ORDER BY CASE e.source WHEN 'repaired' THEN 1 WHEN 'table' THEN 2
                                                                 WHEN 'narrative' THEN 3 ELSE 4 END,
                                                   e.source_page NULLS LAST) AS pick
                FROM fact_econ_amount e
                WHERE length(e.econ_code) IN (3, 5) AND e.superseded_by IS NULL
            ),
            econ_leaf AS (
                SELECT * FROM econ a
                WHERE pick = 1
                  AND NOT EXISTS (SELECT 1 FROM econ b
                                  WHERE b.doc_id = a.doc_id AND b.table_code = a.table_code
                                    AND length(b.code) > length(a.code) AND starts_with(b.code, a.code))
            ),
            line AS (
                SELECT 'functional' AS breakdown, doc_id, unit_code, fiscal_year, table_code, code AS func_code,
                       NULL AS econ_code, amount_wan, source
                FROM func_leaf
                UNION ALL
                SELECT 'economic', doc_id, unit_code, fiscal_year, table_code, NULL, code, amount_wan, source
                FROM econ_leaf
            )
            SELECT l.fiscal_year,
                   l.unit_code,
                   u.name_zh AS unit_name_zh,
                   d.scope,
                   CASE d.doc_kind WHEN 'budget' THEN 'approved' WHEN 'final' THEN 'executed' END AS phase,
                   d.doc_kind,
                   l.breakdown,
                   l.table_code,
                   left(l.func_code, 3) AS func_class_code,
                   fc.name_zh AS func_class_name_zh,
                   CASE WHEN length(l.func_code) >= 5 THEN left(l.func_code, 5) END AS func_kuan_code,
                   fk.name_zh AS func_kuan_name_zh,
                   CASE WHEN length(l.func_code) = 7 THEN l.func_code END AS func_item_code,
                   fi.name_zh AS func_item_name_zh,
                   left(l.econ_code, 3) AS econ_class_code,
                   ec.name_zh AS econ_class_name_zh,
                   CASE WHEN length(l.econ_code) = 5 THEN l.econ_code END AS econ_kuan_code,
                   ek.name_zh AS econ_kuan_name_zh,
                   l.amount_wan,
                   l.source,
                   l.doc_id
            FROM line l
            JOIN dim_document d ON d.doc_id = l.doc_id
            LEFT JOIN dim_unit u ON u.unit_code = l.unit_code
            LEFT JOIN dim_func_subject fc ON fc.code = left(l.func_code, 3)
            LEFT JOIN dim_func_subject fk ON length(l.func_code) >= 5 AND fk.code = left(l.func_code, 5)
            LEFT JOIN dim_func_subject fi ON length(l.func_code) = 7 AND fi.code = l.func_code
            LEFT JOIN dim_econ_subject ec ON ec.code = left(l.econ_code, 3)
            LEFT JOIN dim_econ_subject ek ON length(l.econ_code) = 5 AND ek.code = l.econ_code
            WHERE d.status IS DISTINCT FROM 'rejected' AND d.doc_kind IN ('budget', 'final')
            ORDER BY l.fiscal_year, l.unit_code, d.scope, phase, l.breakdown, l.table_code, l.func_code,
                     l.econ_code
            """;

    private final WarehouseQuery query;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public FiscalDataPackageExport(WarehouseQuery query) {
        this.query = query;
    }

    /** Writes the package into {@code dir} (created if needed); returns the number of data rows. */
    public long export(Path dir) throws IOException, SQLException {
        Path csv = dir.resolve(RESOURCE_PATH);
        Files.createDirectories(csv.getParent());
        StringWriter data = new StringWriter();
        long rows = query.run(SQL, data);
        List<String> header = header(data.toString());
        List<String> declared = FIELDS.stream().map(f -> f[0]).toList();
        if (!header.equals(declared)) {
            throw new IllegalStateException("export columns " + header + " differ from the declared " + declared);
        }
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(data.toString());
        }
        QueryResult years = query.fetch("SELECT min(fiscal_year), max(fiscal_year) FROM (" + SQL + ")");
        String first = years.rows().get(0).get(0);
        String last = years.rows().get(0).get(1);
        json.writeValue(dir.resolve(DESCRIPTOR).toFile(), descriptor(first, last));
        return rows;
    }

    private ObjectNode descriptor(String firstYear, String lastYear) {
        ObjectNode root = json.createObjectNode();
        root.put("name", "fiscal-warehouse-gpb-spending");
        root.put("title", "General public budget spending of the units in the fiscal warehouse (一般公共预算财政拨款支出)");
        root.put("description", "Budgeted (预算, phase approved) and executed (决算, phase executed) general-budget"
                + " spending per unit, by 功能分类 subject (breakdown functional, tables T05/B05) and by 经济分类"
                + " subject (breakdown economic, table T06: basic spending only). The two breakdowns describe the"
                + " same money: filter on breakdown before adding up. Amounts in 万元 (factor 10000 to CNY), as"
                + " the documents publish them.");
        root.put("countryCode", "cn");
        root.put("granularity", "aggregated");
        ObjectNode profiles = root.putObject("profiles");
        profiles.put("fiscal", "*");
        profiles.put("tabular", "*");
        if (firstYear != null && lastYear != null) {
            // China's fiscal year is the calendar year
            ObjectNode period = root.putObject("fiscalPeriod");
            period.put("start", firstYear + "-01-01");
            period.put("end", lastYear + "-12-31");
        }
        ArrayNode resources = root.putArray("resources");
        ObjectNode resource = resources.addObject();
        resource.put("name", RESOURCE_NAME);
        resource.put("path", RESOURCE_PATH);
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        ArrayNode fields = resource.putObject("schema").putArray("fields");
        for (String[] f : FIELDS) {
            fields.addObject().put("name", f[0]).put("type", f[1]);
        }

        ObjectNode model = root.putObject("model");
        ObjectNode amount = model.putObject("measures").putObject("amount");
        amount.put("source", "amount_wan");
        amount.put("currency", "CNY");
        amount.put("factor", 10000);
        amount.put("direction", "expenditure");
        amount.put("resource", RESOURCE_NAME);

        ObjectNode dimensions = model.putObject("dimensions");
        ObjectNode admin = classification(dimensions, "administrative-classification", "administrative");
        ObjectNode adminAttributes = admin.putObject("attributes");
        attribute(adminAttributes, "code", "unit_code", null, null);
        attribute(adminAttributes, "name", "unit_name_zh", null, "code");
        attribute(adminAttributes, "scope", "scope", null, null);
        admin.putArray("primaryKey").add("code").add("scope");

        ObjectNode functional = classification(dimensions, "functional-classification", "functional");
        ObjectNode funcAttributes = functional.putObject("attributes");
        attribute(funcAttributes, "class_code", "func_class_code", null, null);
        attribute(funcAttributes, "class_name", "func_class_name_zh", null, "class_code");
        attribute(funcAttributes, "kuan_code", "func_kuan_code", "class_code", null);
        attribute(funcAttributes, "kuan_name", "func_kuan_name_zh", null, "kuan_code");
        attribute(funcAttributes, "code", "func_item_code", "kuan_code", null);
        attribute(funcAttributes, "name", "func_item_name_zh", null, "code");
        functional.putArray("primaryKey").add("class_code").add("kuan_code").add("code");

        ObjectNode economic = classification(dimensions, "economic-classification", "economic");
        ObjectNode econAttributes = economic.putObject("attributes");
        attribute(econAttributes, "class_code", "econ_class_code", null, null);
        attribute(econAttributes, "class_name", "econ_class_name_zh", null, "class_code");
        attribute(econAttributes, "code", "econ_kuan_code", "class_code", null);
        attribute(econAttributes, "name", "econ_kuan_name_zh", null, "code");
        economic.putArray("primaryKey").add("class_code").add("code");

        ObjectNode phase = dimensions.putObject("phase");
        phase.put("dimensionType", "other");
        ObjectNode phaseAttributes = phase.putObject("attributes");
        attribute(phaseAttributes, "phase", "phase", null, null);
        attribute(phaseAttributes, "doc_kind", "doc_kind", null, "phase");
        phase.putArray("primaryKey").add("phase");

        ObjectNode date = dimensions.putObject("date");
        date.put("dimensionType", "datetime");
        attribute(date.putObject("attributes"), "fiscal-year", "fiscal_year", null, null);
        date.putArray("primaryKey").add("fiscal-year");

        ObjectNode table = dimensions.putObject("disclosure-table");
        table.put("dimensionType", "other");
        ObjectNode tableAttributes = table.putObject("attributes");
        attribute(tableAttributes, "table_code", "table_code", null, null);
        attribute(tableAttributes, "breakdown", "breakdown", null, null);
        table.putArray("primaryKey").add("table_code");
        return root;
    }

    private static ObjectNode classification(ObjectNode dimensions, String name, String type) {
        ObjectNode dimension = dimensions.putObject(name);
        dimension.put("dimensionType", "classification");
        dimension.put("classificationType", type);
        return dimension;
    }

    private static void attribute(ObjectNode attributes, String name, String source, String parent, String labelFor) {
        ObjectNode attribute = attributes.putObject(name);
        attribute.put("source", source);
        attribute.put("resource", RESOURCE_NAME);
        if (parent != null) {
            attribute.put("parent", parent);
        }
        if (labelFor != null) {
            attribute.put("labelfor", labelFor);
        }
    }

    private static List<String> header(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new java.io.StringReader(csv))) {
            for (CSVRecord record : parser) {
                return record.toList();
            }
        }
        return List.of();
    }
}
