package org.fiscalwarehouse.warehouse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.fiscalwarehouse.parse.DocumentIdentity;
import org.fiscalwarehouse.parse.DocumentStatus;
import org.fiscalwarehouse.parse.EconAmount;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.PerformanceIndicator;
import org.fiscalwarehouse.parse.ProjectPerformance;
import org.fiscalwarehouse.parse.Provenance;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;
import org.fiscalwarehouse.reconcile.CheckResult;
import org.fiscalwarehouse.reconcile.ReconciledDocument;
import org.fiscalwarehouse.reconcile.Repair;

/**
 * The rows of every warehouse table for a set of reconciled documents. Documents are taken once per doc_id (the
 * first occurrence wins), so the same file listed twice cannot duplicate facts. A rejected document contributes
 * its dim_document row and its checks, never facts. A printed figure that a repair replaced is published with the
 * repair's check code in {@code superseded_by} (the views skip it); subject names come from the figures in use.
 */
public final class StarSchemaRows {

    private final Map<WarehouseTable, List<GenericRecord>> rows = new LinkedHashMap<>();
    private final SubjectDimension funcSubjects = SubjectDimension.functional();
    private final SubjectDimension econSubjects = SubjectDimension.economic();

    private StarSchemaRows() {
        WarehouseSchema.ALL.forEach(t -> rows.put(t, new ArrayList<>()));
    }

    public static StarSchemaRows of(List<ReconciledDocument> documents, List<UnitRow> units) {
        StarSchemaRows result = new StarSchemaRows();
        Map<String, ReconciledDocument> distinct = new LinkedHashMap<>();
        for (ReconciledDocument doc : documents) {
            distinct.putIfAbsent(doc.document().docId(), doc);
        }
        Map<String, UnitRow> unitRows = new LinkedHashMap<>();
        units.forEach(u -> unitRows.putIfAbsent(u.code(), u));
        for (ReconciledDocument doc : distinct.values()) {
            result.addDocument(doc, unitRows);
        }
        unitRows.values().forEach(result::addUnit);
        result.funcSubjects.members().forEach(s -> result.addSubject(WarehouseSchema.DIM_FUNC_SUBJECT, s));
        result.econSubjects.members().forEach(s -> result.addSubject(WarehouseSchema.DIM_ECON_SUBJECT, s));
        return result;
    }

    public List<GenericRecord> rows(WarehouseTable table) {
        return rows.get(table);
    }

    public Map<WarehouseTable, List<GenericRecord>> all() {
        return rows;
    }

    private void addDocument(ReconciledDocument reconciled, Map<String, UnitRow> units) {
        ParsedDocument doc = reconciled.document();
        DocumentIdentity id = doc.identity();
        GenericRecord d = row(WarehouseSchema.DIM_DOCUMENT);
        d.put("doc_id", doc.docId());
        if (id != null) {
            d.put("unit_code", id.unitCode());
            d.put("fiscal_year", id.fiscalYear() > 0 ? id.fiscalYear() : null);
            d.put("doc_kind", id.kind() == null ? null : id.kind().code());
            d.put("scope", id.scope() == null ? null : id.scope().code());
            d.put("title_zh", id.titleZh());
        }
        d.put("source_url", doc.sourceUrl());
        d.put("file_name", doc.fileName());
        d.put("sha256", doc.sha256());
        d.put("page_count", doc.pageCount());
        d.put("fetched_at", doc.fetchedAt());
        d.put("status", doc.status() == null ? null : doc.status().code());
        d.put("status_reason", doc.statusReason());

        for (CheckResult check : reconciled.checks()) {
            GenericRecord c = row(WarehouseSchema.FACT_CHECK);
            c.put("doc_id", doc.docId());
            c.put("check_code", check.checkCode());
            c.put("severity", check.severity());
            c.put("status", check.status() == null ? null : check.status().code());
            c.put("subject", check.subject());
            c.put("expected_wan", check.expectedWan());
            c.put("actual_wan", check.actualWan());
            c.put("message", check.message());
        }

        ParsedFacts facts = reconciled.facts();
        if (doc.status() == DocumentStatus.REJECTED || id == null || facts == null) {
            return;
        }
        if (id.unitCode() != null && !units.containsKey(id.unitCode())) {
            // a unit the catalogue does not know: its generated code, the name the document prints
            units.put(id.unitCode(), new UnitRow(id.unitCode(), id.unitNameZh(), null, null, null));
        }
        addFacts(doc.docId(), id, facts, supersededBy(reconciled.repairs()));
    }

    /** Each printed fact a repair replaced, with the repair's check code. */
    private static Map<Object, String> supersededBy(List<Repair> repairs) {
        Map<Object, String> by = new HashMap<>();
        for (Repair repair : repairs) {
            ParsedFacts p = repair.printed();
            for (List<?> facts : List.of(p.funcAmounts(), p.econAmounts(), p.sangong(), p.stats(), p.projects())) {
                facts.forEach(f -> by.putIfAbsent(f, repair.checkCode()));
            }
        }
        return by;
    }

    private void addFacts(String docId, DocumentIdentity id, ParsedFacts facts, Map<Object, String> supersededBy) {
        String kind = id.kind() == null ? null : id.kind().code();
        for (FuncAmount f : facts.funcAmounts()) {
            GenericRecord r = fact(WarehouseSchema.FACT_FUNC_AMOUNT, docId, id, id.fiscalYear(), f.provenance());
            r.put("doc_kind", kind);
            r.put("table_code", f.tableCode());
            r.put("subject_code", f.subjectCode());
            r.put("measure", f.measure());
            r.put("amount_wan", f.amountWan());
            r.put("source", code(f.source()));
            r.put("superseded_by", supersededBy.get(f));
            if (!supersededBy.containsKey(f)) {
                funcSubjects.add(f.subjectCode(), f.subjectNameZh());
            }
        }
        for (EconAmount e : facts.econAmounts()) {
            GenericRecord r = fact(WarehouseSchema.FACT_ECON_AMOUNT, docId, id, id.fiscalYear(), e.provenance());
            r.put("doc_kind", kind);
            r.put("table_code", e.tableCode());
            r.put("econ_code", e.econCode());
            r.put("amount_wan", e.amountWan());
            r.put("source", code(e.source()));
            r.put("superseded_by", supersededBy.get(e));
            if (!supersededBy.containsKey(e)) {
                econSubjects.add(e.econCode(), e.econNameZh());
            }
        }
        for (SangongFigure s : facts.sangong()) {
            // the figure's own year: a derived prior-year figure goes to the earlier partition
            GenericRecord r = fact(WarehouseSchema.FACT_SANGONG, docId, id, s.fiscalYear(), s.provenance());
            r.put("scope", id.scope() == null ? null : id.scope().code());
            r.put("category", s.category());
            r.put("phase", s.phase());
            r.put("amount_wan", s.amountWan());
            r.put("source", code(s.source()));
            r.put("stated_rate_pct", s.statedRatePct());
            r.put("superseded_by", supersededBy.get(s));
        }
        for (StatFigure s : facts.stats()) {
            GenericRecord r = fact(WarehouseSchema.FACT_STAT, docId, id, s.fiscalYear(), s.provenance());
            r.put("metric", s.metric());
            r.put("item", s.item());
            r.put("value", s.value());
            r.put("value_unit", s.valueUnit());
            r.put("source", code(s.source()));
            r.put("superseded_by", supersededBy.get(s));
        }
        for (ProjectPerformance p : facts.projects()) {
            GenericRecord r = fact(WarehouseSchema.FACT_PROJECT_PERFORMANCE, docId, id, id.fiscalYear(), p.provenance());
            r.put("project_name_zh", p.projectNameZh());
            r.put("budget_initial_wan", p.budgetInitialWan());
            r.put("budget_full_year_wan", p.budgetFullYearWan());
            r.put("executed_wan", p.executedWan());
            r.put("execution_rate_pct", executionRate(p.executedWan(), p.budgetFullYearWan()));
            r.put("stated_rate_pct", p.statedRatePct());
            r.put("score", p.score());
            r.put("source", code(p.source()));
            r.put("superseded_by", supersededBy.get(p));
        }
        for (PerformanceIndicator i : facts.indicators()) {
            GenericRecord r = fact(WarehouseSchema.FACT_PERFORMANCE_INDICATOR, docId, id, id.fiscalYear(), i.provenance());
            r.put("project_name_zh", i.projectNameZh());
            r.put("level1_zh", i.level1Zh());
            r.put("level2_zh", i.level2Zh());
            r.put("indicator_zh", i.indicatorZh());
            r.put("target_text", i.targetText());
            r.put("actual_text", i.actualText());
            r.put("weight", i.weight());
            r.put("score", i.score());
            r.put("completion_text", i.completionText());
        }
    }

    /** executed / full-year budget in percent; NULL when either is missing or the budget is 0 (contract). */
    static BigDecimal executionRate(BigDecimal executed, BigDecimal budget) {
        if (executed == null || budget == null || budget.signum() == 0) {
            return null;
        }
        return executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
    }

    private GenericRecord fact(WarehouseTable table, String docId, DocumentIdentity id, int year, Provenance p) {
        GenericRecord r = row(table);
        r.put("doc_id", docId);
        r.put("unit_code", id.unitCode());
        r.put("fiscal_year", year);
        if (p != null) {
            r.put("source_page", p.page());
            r.put("source_table", p.table());
            r.put("source_row", p.rowLabel());
            r.put("source_column", p.column());
        }
        return r;
    }

    private GenericRecord row(WarehouseTable table) {
        GenericRecord r = table.newRow();
        rows.get(table).add(r);
        return r;
    }

    private void addUnit(UnitRow unit) {
        GenericRecord r = row(WarehouseSchema.DIM_UNIT);
        r.put("unit_code", unit.code());
        r.put("name_zh", unit.nameZh());
        r.put("region_zh", unit.regionZh());
        r.put("admin_level", unit.adminLevel());
        r.put("unit_type_zh", unit.unitTypeZh());
    }

    private void addSubject(WarehouseTable table, SubjectDimension.Member subject) {
        GenericRecord r = row(table);
        r.put("code", subject.code());
        r.put("name_zh", subject.nameZh());
        r.put("level", subject.level());
        r.put("parent_code", subject.parentCode());
        r.put("name_source", subject.nameSource());
    }

    private static String code(Source source) {
        return source == null ? null : source.code();
    }
}
