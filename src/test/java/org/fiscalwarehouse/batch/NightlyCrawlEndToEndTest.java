package org.fiscalwarehouse.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.fiscalwarehouse.WarehouseDb;
import org.fiscalwarehouse.batch.IngestRestartAndLockTest.Run;
import org.fiscalwarehouse.crawl.FixtureSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job as cron runs it, {@code ingest --sources=…}, against the units' sites served on loopback: the
 * first night takes every disclosure, a night with nothing changed downloads and parses nothing, a file replaced at
 * the same URL becomes a second document beside the first, a failing unit never stops the others, and
 * {@code status} shows each night's counts.
 */
class NightlyCrawlEndToEndTest {

    static final Path SAMPLE = Path.of("src/main/resources/sample");
    static final String FUZHOU_PDF = "福州市医疗保障局（本级）2023年度单位决算.pdf";
    static final String FUND_FINAL_PDF = "福建省医疗保障基金中心2023年度单位决算.pdf";
    static final String FUND_BUDGET_PDF = "福建省医疗保障基金中心2025年度单位预算.pdf";

    @TempDir
    Path temp;

    FixtureSite site;
    Path sources;
    Path warehouse;

    @BeforeEach
    void serveTheUnitsSites() throws Exception {
        site = FixtureSite.start("127.0.0.1");
        site.file("/robots.txt", "text/plain", "User-agent: *\nDisallow: /admin/\n".getBytes(StandardCharsets.UTF_8));
        site.page("/fuzhou/yjsgk/index.html", column(FUZHOU_PDF, "福州市医疗保障局（本级）2023年度单位决算"));
        site.file("/fuzhou/yjsgk/" + FUZHOU_PDF, "application/pdf",
                Files.readAllBytes(SAMPLE.resolve("fuzhou-hsa").resolve(FUZHOU_PDF)));
        site.page("/fund/yjsgk/index.html", column("2023/final.pdf", "福建省医疗保障基金中心2023年度单位决算",
                "2022/final.pdf", "福建省医疗保障基金中心2022年度单位决算"));
        site.file("/fund/yjsgk/2023/final.pdf", "application/pdf",
                Files.readAllBytes(SAMPLE.resolve("fujian-fund-centre").resolve(FUND_FINAL_PDF)));
        // the portal's "file missing" page, served with 200 under the attachment's name
        site.file("/fund/yjsgk/2022/final.pdf", "text/html; charset=utf-8",
                "<!DOCTYPE html><html><body>您访问的页面不存在</body></html>".getBytes(StandardCharsets.UTF_8));
        site.route("/xiamen/yjsgk/index.html", (ex, call) -> site.send(ex, 503, "text/plain", new byte[] {'!'}));

        sources = temp.resolve("sources.yml");
        Files.writeString(sources, """
                defaults:
                  per_host_delay: 0s
                  read_timeout: 5s
                  max_attempts: 2
                  backoff: 10ms
                  max_depth: 1
                sources:
                  - unit: xiamen-hsa
                    start_pages: [%s]
                  - unit: fuzhou-hsa
                    start_pages: [%s]
                  - unit: fujian-fund-centre
                    start_pages: [%s]
                """.formatted(site.url("/xiamen/yjsgk/index.html"), site.url("/fuzhou/yjsgk/index.html"),
                site.url("/fund/yjsgk/index.html")));
        warehouse = temp.resolve("warehouse");
    }

    @AfterEach
    void stopSites() {
        site.close();
    }

    static String column(String... hrefAndText) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>预决算公开"
                + "</title></head><body><ul>");
        for (int i = 0; i < hrefAndText.length; i += 2) {
            String href = URLEncoder.encode(hrefAndText[i], StandardCharsets.UTF_8).replace("%2F", "/");
            html.append("<li><a href=\"").append(href).append("\">").append(hrefAndText[i + 1]).append("</a></li>");
        }
        return html.append("</ul></body></html>").toString();
    }

    Run ingest() {
        Run run = IngestRestartAndLockTest.cli("ingest", "--sources=" + sources, "--warehouse=" + warehouse);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        return run;
    }

    List<String> rows(String sql) throws Exception {
        try (Connection c = WarehouseDb.readOnly(warehouse)) {
            return WarehouseDb.rows(c, sql).stream().map(r -> r.get(0)).toList();
        }
    }

    @Test
    void nightAfterNightTakesOnlyWhatIsNewAndKeepsEveryVersion() throws Exception {
        Run night1 = ingest();

        assertThat(night1.out())
                .contains("Files: 2 new, 0 changed, 0 unchanged (not parsed again); 1 rejected at the crawl, 1 not "
                        + "fetched; 2 documents parsed this run")
                .contains("REJECTED AT CRAWL " + site.url("/fund/yjsgk/2022/final.pdf")
                        + " — final.pdf: not a PDF: the server sent an HTML page")
                .contains("NOT FETCHED " + site.url("/xiamen/yjsgk/index.html")
                        + " — page not fetched: HTTP 503 (gave up after 2 attempts)");
        assertThat(rows("SELECT unit_code || ' ' || fiscal_year || ' ' || doc_kind || ' ' || file_name "
                + "FROM dim_document ORDER BY 1")).containsExactly(
                "fujian-fund-centre 2023 final final.pdf",
                "fuzhou-hsa 2023 final " + FUZHOU_PDF);
        long pdfBytes = site.bodyBytesSent("/fuzhou/yjsgk/" + FUZHOU_PDF)
                + site.bodyBytesSent("/fund/yjsgk/2023/final.pdf");

        Run night2 = ingest();

        assertThat(night2.out()).contains("Files: 0 new, 0 changed, 2 unchanged (not parsed again); 1 rejected at "
                + "the crawl, 1 not fetched; 0 documents parsed this run");
        assertThat(site.bodyBytesSent("/fuzhou/yjsgk/" + FUZHOU_PDF) + site.bodyBytesSent("/fund/yjsgk/2023/final.pdf"))
                .as("no PDF downloaded again").isEqualTo(pdfBytes);
        assertThat(rows("SELECT count(*) FROM dim_document")).containsExactly("2");

        // the fund centre replaces the file behind the same link
        site.file("/fund/yjsgk/2023/final.pdf", "application/pdf",
                Files.readAllBytes(SAMPLE.resolve("fujian-fund-centre").resolve(FUND_BUDGET_PDF)));
        Run night3 = ingest();

        assertThat(night3.out()).contains("Files: 0 new, 1 changed, 1 unchanged (not parsed again)")
                .containsPattern("CHANGED [0-9a-f]{16} final\\.pdf");
        assertThat(rows("SELECT unit_code || ' ' || fiscal_year || ' ' || doc_kind FROM dim_document ORDER BY 1"))
                .containsExactly("fujian-fund-centre 2023 final", "fujian-fund-centre 2025 budget",
                        "fuzhou-hsa 2023 final");
        assertThat(rows("SELECT DISTINCT source_url FROM dim_document WHERE unit_code = 'fujian-fund-centre'"))
                .containsExactly(site.url("/fund/yjsgk/2023/final.pdf"));

        Run status = IngestRestartAndLockTest.cli("status", "--warehouse=" + warehouse);
        assertThat(status.exitCode()).as(status.err()).isZero();
        List<String> lines = status.out().lines().toList();
        assertThat(lines.get(0)).startsWith("run   start               end                 outcome      new changed "
                + "unchanged rejected not_fetched parsed  source");
        assertThat(lines.subList(1, lines.size())).hasSize(3);
        assertThat(lines.get(1)).matches("3 +\\S+ \\S+ +\\S+ \\S+ +COMPLETED +0 +1 +1 +1 +1 +1  sources:.*sources\\.yml");
        assertThat(lines.get(2)).matches("2 .* COMPLETED +0 +0 +2 +1 +1 +0  sources:.*");
        assertThat(lines.get(3)).matches("1 .* COMPLETED +2 +0 +0 +1 +1 +2  sources:.*");
    }
}
