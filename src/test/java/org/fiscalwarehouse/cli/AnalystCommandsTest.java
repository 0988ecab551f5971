package org.fiscalwarehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fiscalwarehouse.query.ComparisonReport;
import org.fiscalwarehouse.query.DisplayWidth;
import org.fiscalwarehouse.query.SampleWarehouse;
import org.fiscalwarehouse.query.SampleWarehouse.CommandOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysts' commands on the warehouse published from the bundled sample: query --file, report, export. */
class AnalystCommandsTest {

    private static final String WAREHOUSE = "--warehouse=" + SampleWarehouse.warehouse();

    @Test
    void queryRunsASavedQueryByName() {
        CommandOutput run = SampleWarehouse.cli("query", WAREHOUSE, "--file=sangong_trend");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).first().asString()
                .startsWith("unit_code,unit_name_zh,scope,fiscal_year,total_wan,change_wan,change_pct");
        assertThat(run.out()).contains("xiamen-hsa,厦门市医疗保障局,department,2022,1.81,,,0.00,0.00,1.81,true,derived");
    }

    @Test
    void reportPrintsEveryStandardComparisonAsAnAlignedTable() {
        CommandOutput run = SampleWarehouse.cli("report", WAREHOUSE);
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String name : ComparisonReport.STANDARD) {
            assertThat(run.out()).contains("[" + name + "]");
        }
        assertThat(run.out()).contains("三公 trend: how did each unit's 三公 spending")
                .contains("Project execution league: which projects used the smallest share of their full-year budget?");
        List<String> trend = section(run.out(), "[sangong_trend]");
        assertThat(trend).hasSize(2 + 8);
        // the year column starts at the same screen column on every line, whatever the width of the unit names
        int header = DisplayWidth.of(trend.get(0).substring(0, trend.get(0).indexOf("fiscal_year")));
        for (String line : trend.subList(2, trend.size())) {
            int start = line.indexOf(" 20") + 1;
            int yearEnd = DisplayWidth.of(line.substring(0, start + 4));
            assertThat(yearEnd).as(line).isEqualTo(header + "fiscal_year".length());
        }
        assertThat(trend.get(2)).startsWith("fujian-fund-centre  福建省医疗保障基金中心  unit");
    }

    @Test
    void reportCanPrintChosenComparisonsOnly() {
        CommandOutput run = SampleWarehouse.cli("report", WAREHOUSE, "failed_checks");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // Xiamen's 公开03表 calls 2101550 专业运行 where its other tables and the narrative say 事业运行
        assertThat(run.out()).startsWith("Failed checks: which reconciliation checks failed")
                .contains("SUBJECT.NAME_AGREES").contains("2101550 is named 事业运行").doesNotContain("[sangong_trend]");
    }

    @Test
    void exportWritesCsvAndFiscalDataPackages(@TempDir Path out) throws Exception {
        CommandOutput csv = SampleWarehouse.cli("export", WAREHOUSE, "--format=csv", "--view=v_sangong",
                "--out=" + out.resolve("sangong.csv"), "--bom");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        CommandOutput count = SampleWarehouse.cli("query", WAREHOUSE, "SELECT count(*) AS n FROM v_sangong");
        assertThat(csv.out()).contains("wrote " + count.out().lines().toList().get(1) + " rows of v_sangong");
        assertThat(Files.readString(out.resolve("sangong.csv"), StandardCharsets.UTF_8)).startsWith("\uFEFFunit_code,");

        CommandOutput fdp = SampleWarehouse.cli("export", WAREHOUSE, "--format=fdp", "--out=" + out.resolve("fdp"));
        assertThat(fdp.exitCode()).as(fdp.err()).isZero();
        assertThat(out.resolve("fdp/datapackage.json")).isRegularFile();
        assertThat(out.resolve("fdp/data/gpb-spending.csv")).isRegularFile();
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy(@TempDir Path out) {
        CommandOutput noView = SampleWarehouse.cli("export", WAREHOUSE, "--format=csv", "--out=" + out.resolve("x.csv"));
        assertThat(noView.exitCode()).isEqualTo(2);
        assertThat(noView.err()).contains("--view");
        CommandOutput format = SampleWarehouse.cli("export", WAREHOUSE, "--format=xlsx", "--out=" + out);
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("xlsx");
        CommandOutput keep = SampleWarehouse.cli("ingest", "--warehouse=" + out.resolve("w"), "--keep-versions=0");
        assertThat(keep.exitCode()).isEqualTo(2);
        assertThat(keep.err()).contains("--keep-versions");
        CommandOutput unknown = SampleWarehouse.cli("report", WAREHOUSE, "no_such_comparison");
        assertThat(unknown.exitCode()).isEqualTo(2);
    }

    /** The header, rule and rows of one report section. */
    private static List<String> section(String report, String marker) {
        List<String> lines = report.lines().toList();
        int start = 0;
        while (!lines.get(start).endsWith(marker)) {
            start++;
        }
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("(")) {
            end++;
        }
        return lines.subList(start + 1, end);
    }
}
