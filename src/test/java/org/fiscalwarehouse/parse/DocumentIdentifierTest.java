package org.fiscalwarehouse.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.extract.ExtractedDocument;
import org.fiscalwarehouse.extract.Line;
import org.fiscalwarehouse.extract.Page;
import org.fiscalwarehouse.extract.SourceFormat;
import org.junit.jupiter.api.Test;

class DocumentIdentifierTest {

    private final DocumentIdentifier identifier = new DocumentIdentifier(CorpusDocuments.catalogue());

    private DocumentIdentity identify(String name) throws Exception {
        return identifier.identify(CorpusDocuments.load(name));
    }

    @Test
    void identifiesFuzhouUnitLevelFinalAccountFromItsTableHeaderLines() throws Exception {
        assertThat(identify(CorpusDocuments.FUZHOU)).isEqualTo(new DocumentIdentity("福州市医疗保障局（本级）",
                "fuzhou-hsa", true, 2023, DocKind.FINAL, Scope.UNIT, "福州市医疗保障局（本级）2023年度单位决算"));
    }

    @Test
    void identifiesFundCentre2023FinalAccountFromItsCompilingUnitLine() throws Exception {
        DocumentIdentity id = identify(CorpusDocuments.FUND_CENTRE_2023);
        assertThat(id.unitNameZh()).isEqualTo("福建省医疗保障基金中心");
        assertThat(id.unitCode()).isEqualTo("fujian-fund-centre");
        assertThat(id.knownUnit()).isTrue();
        assertThat(id.fiscalYear()).isEqualTo(2023);
        assertThat(id.kind()).isEqualTo(DocKind.FINAL);
        assertThat(id.scope()).isEqualTo(Scope.UNIT);
    }

    @Test
    void identifiesFundCentre2025BudgetFromItsOverviewWhenNoTablesArePrinted() throws Exception {
        DocumentIdentity id = identify(CorpusDocuments.FUND_CENTRE_BUDGET);
        assertThat(id.unitNameZh()).isEqualTo("福建省医疗保障基金中心");
        assertThat(id.unitCode()).isEqualTo("fujian-fund-centre");
        assertThat(id.fiscalYear()).isEqualTo(2025);
        assertThat(id.kind()).isEqualTo(DocKind.BUDGET);
        assertThat(id.scope()).isEqualTo(Scope.UNIT);
        assertThat(id.titleZh()).isEqualTo("福建省医疗保障基金中心2025年度单位预算");
    }

    @Test
    void identifiesXiamenConsolidatedDepartmentFinalAccount() throws Exception {
        DocumentIdentity id = identify(CorpusDocuments.XIAMEN);
        assertThat(id.unitNameZh()).isEqualTo("厦门市医疗保障局（汇总）");
        assertThat(id.unitCode()).isEqualTo("xiamen-hsa");
        assertThat(id.fiscalYear()).isEqualTo(2023);
        assertThat(id.kind()).isEqualTo(DocKind.FINAL);
        assertThat(id.scope()).isEqualTo(Scope.DEPARTMENT);
    }

    @Test
    void identifiesQuanzhouDepartmentFinalAccount() throws Exception {
        DocumentIdentity id = identify(CorpusDocuments.QUANZHOU);
        assertThat(id.unitNameZh()).isEqualTo("泉州市医疗保障局");
        assertThat(id.unitCode()).isEqualTo("quanzhou-hsa");
        assertThat(id.fiscalYear()).isEqualTo(2024);
        assertThat(id.kind()).isEqualTo(DocKind.FINAL);
        assertThat(id.scope()).isEqualTo(Scope.DEPARTMENT);
    }

    @Test
    void givesAnUnknownUnitAStableGeneratedCode() throws Exception {
        DocumentIdentity id = identifier.identify(document(
                "2024 年度", "某县文化和旅游局", "部门决算", "一、收入支出决算总表", "部门：某县文化和旅游局"));
        assertThat(id.knownUnit()).isFalse();
        assertThat(id.unitCode()).isEqualTo(UnitCatalogue.generatedCode("某县文化和旅游局")).startsWith("unit-");
        assertThat(id.fiscalYear()).isEqualTo(2024);
        assertThat(id.scope()).isEqualTo(Scope.DEPARTMENT);
    }

    @Test
    void refusesADocumentThatStatesNoYearOrKind() {
        assertThatThrownBy(() -> identifier.identify(document("关于开展医保宣传月活动的通知", "部门：某市医疗保障局")))
                .isInstanceOf(UnrecognisedDocumentException.class)
                .hasMessageContaining("year");
        assertThatThrownBy(() -> identifier.identify(document("2024 年度工作总结", "部门：某市医疗保障局")))
                .isInstanceOf(UnrecognisedDocumentException.class)
                .hasMessageContaining("决算");
    }

    static ExtractedDocument document(String... lines) {
        List<Line> ls = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            ls.add(new Line(i + 1, List.of(new Cell(lines[i], 0, 1))));
        }
        return new ExtractedDocument("x", "file:x", "x.txt", "sha", Instant.EPOCH, SourceFormat.TEXT_PLAIN,
                List.of(new Page(1, ls)), null);
    }
}
