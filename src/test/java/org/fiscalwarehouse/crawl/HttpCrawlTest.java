package org.fiscalwarehouse.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crawler against a disclosure site on loopback that misbehaves the way portals do. Timeouts and delays are
 * short so that each test takes about a second.
 */
class HttpCrawlTest {

    static final FetchPolicy FAST = new FetchPolicy(FetchPolicy.USER_AGENT, Duration.ofSeconds(2),
            Duration.ofMillis(300), 3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(3),
            Duration.ZERO, 2, 5);
    static final CrawlLimits LIMITS = new CrawlLimits(2, 50, 50, 64 * 1024);

    @TempDir
    Path temp;

    FixtureSite site;
    LandingZone landing;
    CrawlManifest manifest;

    @BeforeEach
    void startSite() throws Exception {
        site = FixtureSite.start("127.0.0.1");
        landing = new LandingZone(temp.resolve("landing"));
        manifest = TestManifests.in(temp);
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The unit's disclosure column: a list page linking the given hrefs with their link texts. */
    void column(String... hrefAndText) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>预决算公开</title></head><body><ul>");
        for (int i = 0; i < hrefAndText.length; i += 2) {
            html.append("<li><a href=\"").append(hrefAndText[i]).append("\">").append(hrefAndText[i + 1])
                    .append("</a></li>");
        }
        site.page("/col/index.html", html.append("</ul></body></html>").toString());
    }

    CrawlResult crawl(FetchPolicy policy, CrawlLimits limits) {
        CrawlSource source = new CrawlSource("test-unit", List.of(site.url("/col/index.html")),
                Set.of(site.host()), new DisclosureLinkRule(), limits, policy);
        return new SourcesCrawler(landing, manifest, Clock.systemUTC()).crawl(List.of(source));
    }

    CrawlResult crawl() {
        return crawl(FAST, LIMITS);
    }

    static CrawlFailure failureOf(CrawlResult result, String urlPart) {
        return result.failures().stream().filter(f -> f.url().contains(urlPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no failure for " + urlPart + " in " + result.failures()));
    }

    static List<String> names(CrawlResult result) {
        return result.files().stream().map(f -> f.file().fileName()).toList();
    }

    @Test
    void retriesAServerErrorAndTakesTheFileOnTheNextAttempt() {
        column("a.pdf", "2023年度部门决算");
        byte[] body = pdf("final account");
        site.route("/col/a.pdf", (ex, call) -> {
            if (call == 1) {
                site.send(ex, 500, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                site.send(ex, 200, "application/pdf", body);
            }
        });

        CrawlResult result = crawl();

        assertThat(result.failures()).isEmpty();
        assertThat(result.files()).singleElement().satisfies(f -> {
            assertThat(f.file().sha256()).isEqualTo(LandingZone.sha256(body));
            assertThat(f.change()).isEqualTo(FileChange.NEW);
        });
        assertThat(site.requests("/col/a.pdf")).hasSize(2);
    }

    @Test
    void waitsTheRetryAfterSecondsOfA429BeforeAskingAgain() {
        column("b.pdf", "2024年度部门预算");
        site.route("/col/b.pdf", (ex, call) -> {
            if (call == 1) {
                ex.getResponseHeaders().set("Retry-After", "1");
                site.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                site.send(ex, 200, "application/pdf", pdf("budget"));
            }
        });

        CrawlResult result = crawl();

        assertThat(names(result)).containsExactly("b.pdf");
        List<FixtureSite.Request> tries = site.requests("/col/b.pdf");
        assertThat(tries).hasSize(2);
        // the policy's own backoff is 20 ms; only the server's Retry-After explains a second's wait
        assertThat(Duration.ofNanos(tries.get(1).startNanos() - tries.get(0).startNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void givesUpOnAServerThatSleepsPastTheReadTimeoutAndOnABodyThatStalls() {
        column("slow.pdf", "2023年度决算", "stall.pdf", "2022年度决算", "ok.pdf", "2021年度决算");
        site.route("/col/slow.pdf", (ex, call) -> {
            Thread.sleep(1500); // past the client's 300 ms read timeout, before any header
            site.send(ex, 200, "application/pdf", pdf("too late"));
        });
        site.route("/col/stall.pdf", (ex, call) -> {
            ex.sendResponseHeaders(200, 4000);
            OutputStream out = ex.getResponseBody();
            out.write(pdf("first part"));
            out.flush();
            Thread.sleep(1500); // the body stops flowing
            ex.close();
        });
        site.file("/col/ok.pdf", "application/pdf", pdf("fine"));

        CrawlResult result = crawl();

        assertThat(names(result)).containsExactly("ok.pdf");
        assertThat(failureOf(result, "slow.pdf").reason())
                .contains("timed out: no response within 300 ms").contains("gave up after 3 attempts");
        assertThat(failureOf(result, "stall.pdf").reason()).contains("read timed out: no data for 300 ms");
        assertThat(site.requests("/col/slow.pdf")).hasSize(3);
    }

    @Test
    void stopsAtARedirectLoop() {
        column("loop/a.pdf", "2023年度部门决算");
        site.route("/col/loop/a.pdf", (ex, call) -> {
            ex.getResponseHeaders().set("Location", "/col/loop/b.pdf");
            site.send(ex, 302, null, null);
        });
        site.route("/col/loop/b.pdf", (ex, call) -> {
            ex.getResponseHeaders().set("Location", site.url("/col/loop/a.pdf"));
            site.send(ex, 301, null, null);
        });

        CrawlResult result = crawl();

        assertThat(result.files()).isEmpty();
        assertThat(failureOf(result, "loop/a.pdf").reason()).contains("redirect loop");
        assertThat(site.requests("/col/loop/a.pdf")).hasSize(1);
        assertThat(site.requests("/col/loop/b.pdf")).hasSize(1);
    }

    @Test
    void followsARedirectOnItsOwnHostAndStopsAfterTooManyHops() {
        column("moved.pdf", "2023年度部门决算", "far.pdf", "2024年度部门决算");
        site.route("/col/moved.pdf", (ex, call) -> {
            ex.getResponseHeaders().set("Location", "files/moved.pdf");
            site.send(ex, 301, null, null);
        });
        site.file("/col/files/moved.pdf", "application/pdf", pdf("moved"));
        for (int i = 0; i < 8; i++) {
            String next = "/col/hop" + (i + 1) + ".pdf";
            site.route(i == 0 ? "/col/far.pdf" : "/col/hop" + i + ".pdf", (ex, call) -> {
                ex.getResponseHeaders().set("Location", next);
                site.send(ex, 302, null, null);
            });
        }

        CrawlResult result = crawl();

        assertThat(names(result)).containsExactly("moved.pdf");
        assertThat(result.files().get(0).file().sourceUrl()).endsWith("/col/moved.pdf");
        assertThat(failureOf(result, "far.pdf").reason()).contains("more than 5 redirects");
        assertThat(site.requests().stream().filter(r -> r.path().startsWith("/col/hop"))).hasSize(5);
    }

    @Test
    void abortsAFileLargerThanTheSizeCap() {
        column("big-declared.pdf", "2023年度决算", "big-chunked.pdf", "2022年度决算");
        site.route("/col/big-declared.pdf", (ex, call) -> site.send(ex, 200, "application/pdf",
                new byte[200 * 1024]));
        site.route("/col/big-chunked.pdf", (ex, call) -> {
            ex.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = pdf("x".repeat(4000));
                for (int i = 0; i < 200; i++) {
                    out.write(chunk);
                }
            }
        });

        CrawlResult result = crawl();

        assertThat(result.files()).isEmpty();
        assertThat(failureOf(result, "big-declared.pdf").reason())
                .contains("larger than the size cap of 65536 bytes (Content-Length 204800)");
        assertThat(failureOf(result, "big-chunked.pdf").reason())
                .contains("larger than the size cap of 65536 bytes (more than 65536 bytes received)");
        assertThat(site.requests("/col/big-chunked.pdf")).as("a size cap is not retried").hasSize(1);
    }

    @Test
    void neverFetchesFromAHostThatIsNotAllowedNotEvenAfterARedirect() throws Exception {
        try (FixtureSite elsewhere = FixtureSite.start("localhost")) {
            elsewhere.file("/x/2023年度部门决算.pdf", "application/pdf", pdf("elsewhere"));
            String away = elsewhere.url("/x/2023%E5%B9%B4%E5%BA%A6%E9%83%A8%E9%97%A8%E5%86%B3%E7%AE%97.pdf");
            column(away, "外站 2023年度部门决算", "bounce.pdf", "2022年度部门决算", "home.pdf", "2021年度部门决算");
            site.route("/col/bounce.pdf", (ex, call) -> {
                ex.getResponseHeaders().set("Location", away);
                site.send(ex, 302, null, null);
            });
            site.file("/col/home.pdf", "application/pdf", pdf("home"));

            CrawlResult result = crawl();

            assertThat(names(result)).containsExactly("home.pdf");
            assertThat(failureOf(result, "bounce.pdf").reason())
                    .contains("redirected to a host not allowed: localhost");
            assertThat(elsewhere.requests()).isEmpty();
        }
    }

    @Test
    void rejectsAnHtmlErrorPageServedAsPdfAndATruncatedTransfer() {
        column("missing.pdf", "2023年度部门决算", "cut.pdf", "2022年度部门决算");
        site.file("/col/missing.pdf", "text/html", "<!DOCTYPE html><html><body>文件不存在</body></html>"
                .getBytes(StandardCharsets.UTF_8));
        site.route("/col/cut.pdf", (ex, call) -> {
            ex.sendResponseHeaders(200, 5000); // announces 5000 bytes, sends fewer, hangs up
            OutputStream out = ex.getResponseBody();
            out.write(pdf("only the start"));
            out.flush();
            ex.getHttpContext().getServer(); // keep the exchange referenced until closed below
            ex.close();
        });

        CrawlResult result = crawl();

        assertThat(result.files()).isEmpty();
        CrawlFailure html = failureOf(result, "missing.pdf");
        assertThat(html.kind()).isEqualTo(CrawlFailure.Kind.REJECTED);
        assertThat(html.reason()).isEqualTo("missing.pdf: not a PDF: the server sent an HTML page "
                + "(Content-Type text/html) under a .pdf name (an error page?)");
        assertThat(failureOf(result, "cut.pdf").reason()).contains("truncated transfer: received")
                .contains("of the 5000 bytes announced by Content-Length");
        assertThat(manifest.find(site.url("/col/missing.pdf")).orElseThrow().lastOutcome()).isEqualTo("rejected");
        assertThat(landing.root()).satisfies(root -> assertThat(countFiles(root, ".pdf")).isZero());
    }

    @Test
    void takesChineseFileNamesFromPercentEncodedAndRawLinksAndFromContentDisposition() throws Exception {
        column("files/%E7%A6%8F%E5%B7%9E%E5%B8%822023%E5%B9%B4%E5%BA%A6%E5%86%B3%E7%AE%97.pdf", "附件",
                "files/泉州 2024年度部门决算.pdf", "附件",
                "download?id=7", "2025年度部门预算.pdf",
                "download?id=8", "附件：预算说明",
                "download?id=9", "决算附件",
                "download?id=10", "2022年度决算附件");
        site.file("/col/files/福州市2023年度决算.pdf", "application/pdf", pdf("fuzhou"));
        site.file("/col/files/泉州 2024年度部门决算.pdf", "application/pdf", pdf("quanzhou"));
        site.route("/col/download", (ex, call) -> {
            String id = ex.getRequestURI().getQuery();
            switch (id) {
                case "id=7" -> ex.getResponseHeaders().set("Content-Disposition",
                        "attachment; filename*=UTF-8''%E5%8E%A6%E9%97%A8%E5%B8%822025%E5%B9%B4%E5%BA%A6"
                                + "%E9%A2%84%E7%AE%97.pdf");
                case "id=8" -> ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\""
                        + new String("福建省2025年度预算.pdf".getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.ISO_8859_1) + "\"");
                case "id=9" -> ex.getResponseHeaders().set("Content-Disposition", "attachment; "
                        + "filename*=UTF-8''..%2F..%2Fetc%2Fcron.d%2F2023%E5%86%B3%E7%AE%97.pdf");
                default -> ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"/etc/passwd.pdf\"");
            }
            site.send(ex, 200, "application/octet-stream", pdf("download " + id));
        });

        CrawlResult result = crawl();

        assertThat(result.failures()).isEmpty();
        assertThat(names(result)).containsExactlyInAnyOrder("福州市2023年度决算.pdf", "泉州 2024年度部门决算.pdf",
                "厦门市2025年度预算.pdf", "福建省2025年度预算.pdf", "2023决算.pdf", "passwd.pdf");
        for (CrawledFile f : result.files()) {
            assertThat(f.file().localPath().normalize()).startsWith(landing.root().toAbsolutePath());
            assertThat(f.file().localPath().getFileName().toString()).isEqualTo(f.file().sha256() + ".pdf");
        }
        assertThat(temp.resolve("etc")).doesNotExist();
        assertThat(site.requests("/col/files/泉州 2024年度部门决算.pdf")).hasSize(1);
    }

    @Test
    void asksConditionallyOnTheNextRunAndDownloadsNoBodyWhenNothingChanged() {
        column("a.pdf", "2023年度部门决算");
        byte[] first = pdf("version 1");
        site.file("/col/a.pdf", "application/pdf", first);
        CrawlResult run1 = crawl();
        assertThat(run1.files()).singleElement().satisfies(f -> assertThat(f.change()).isEqualTo(FileChange.NEW));
        long pageBytes = site.bodyBytesSent("/col/index.html");
        long fileBytes = site.bodyBytesSent("/col/a.pdf");
        assertThat(fileBytes).isEqualTo(first.length);
        int requestsAfterRun1 = site.requests().size();

        CrawlResult run2 = crawl();

        assertThat(run2.failures()).isEmpty();
        assertThat(run2.files()).singleElement().satisfies(f -> {
            assertThat(f.change()).isEqualTo(FileChange.UNCHANGED);
            assertThat(f.file().sha256()).isEqualTo(LandingZone.sha256(first));
            assertThat(f.file().localPath()).exists();
        });
        assertThat(site.bodyBytesSent("/col/index.html")).as("no page body on the second run").isEqualTo(pageBytes);
        assertThat(site.bodyBytesSent("/col/a.pdf")).as("no file body on the second run").isEqualTo(fileBytes);
        List<FixtureSite.Request> second = site.requests().subList(requestsAfterRun1, site.requests().size());
        assertThat(second).extracting(FixtureSite.Request::path).contains("/col/index.html", "/col/a.pdf");
        assertThat(second).filteredOn(r -> !r.path().equals("/robots.txt"))
                .allSatisfy(r -> assertThat(r.header("If-None-Match")).isNotNull())
                .allSatisfy(r -> assertThat(r.header("If-Modified-Since")).isEqualTo(FixtureSite.LAST_MODIFIED));
        assertThat(manifest.find(site.url("/col/a.pdf")).orElseThrow())
                .satisfies(e -> assertThat(e.lastStatus()).isEqualTo(304))
                .satisfies(e -> assertThat(e.lastOutcome()).isEqualTo("unchanged"));

        byte[] second2 = pdf("version 2");
        site.file("/col/a.pdf", "application/pdf", second2);
        CrawlResult run3 = crawl();

        assertThat(run3.files()).singleElement().satisfies(f -> {
            assertThat(f.change()).isEqualTo(FileChange.CHANGED);
            assertThat(f.file().sha256()).isEqualTo(LandingZone.sha256(second2));
        });
        assertThat(landing.locate(LandingZone.sha256(first))).as("the old version is kept").isPresent();
        assertThat(manifest.find(site.url("/col/a.pdf")).orElseThrow().firstSeen())
                .isBefore(manifest.find(site.url("/col/a.pdf")).orElseThrow().lastSeen());
    }

    @Test
    void obeysRobotsTxtDisallowAndCrawlDelay() {
        site.file("/robots.txt", "text/plain", """
                User-agent: *
                Disallow: /

                User-agent: fiscal-warehouse
                Disallow: /col/private/
                Crawl-delay: 0.3
                """.getBytes(StandardCharsets.UTF_8));
        column("private/2023年度部门决算.pdf", "2023年度部门决算", "a.pdf", "2022年度部门决算", "b.pdf",
                "2021年度部门决算");
        site.file("/col/private/2023年度部门决算.pdf", "application/pdf", pdf("private"));
        site.file("/col/a.pdf", "application/pdf", pdf("a"));
        site.file("/col/b.pdf", "application/pdf", pdf("b"));

        CrawlResult result = crawl();

        assertThat(names(result)).containsExactlyInAnyOrder("a.pdf", "b.pdf");
        CrawlFailure disallowed = failureOf(result, "private/");
        assertThat(disallowed.kind()).isEqualTo(CrawlFailure.Kind.DISALLOWED);
        assertThat(disallowed.reason()).isEqualTo("disallowed by robots.txt");
        assertThat(site.requests().stream().filter(r -> r.path().startsWith("/col/private/"))).isEmpty();
        assertThat(site.requests("/robots.txt")).hasSize(1);
        List<FixtureSite.Request> crawled = site.requests().stream().filter(r -> r.path().startsWith("/col/"))
                .toList();
        assertThat(crawled).hasSize(3);
        // without the Crawl-delay the two files would start together; the server's clock jitters under load, so
        // the span is compared, with slack
        assertThat(Duration.ofNanos(crawled.get(2).startNanos() - crawled.get(0).startNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(2 * 300 - 100));
    }

    @Test
    void skipsASiteWhoseRobotsTxtCannotBeRead() {
        site.route("/robots.txt", (ex, call) -> site.send(ex, 503, "text/plain", new byte[] {'x'}));
        column("a.pdf", "2023年度部门决算");
        site.file("/col/a.pdf", "application/pdf", pdf("a"));

        CrawlResult result = crawl();

        assertThat(result.files()).isEmpty();
        assertThat(failureOf(result, "/col/index.html").reason())
                .contains("robots.txt could not be read (HTTP 503 (gave up after 3 attempts))");
        assertThat(site.requests("/col/index.html")).isEmpty();
    }

    @Test
    void saysSoWhenASourceReachesItsFileLimit() {
        column("a.pdf", "2023年度部门决算", "b.pdf", "2022年度部门决算", "c.pdf", "2021年度部门决算");
        for (String f : new String[] {"a", "b", "c"}) {
            site.file("/col/" + f + ".pdf", "application/pdf", pdf(f));
        }

        CrawlResult result = crawl(FAST, new CrawlLimits(2, 50, 2, 64 * 1024));

        assertThat(names(result)).containsExactly("a.pdf", "b.pdf");
        assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f.reason())
                .isEqualTo("not fetched, nor any further file of test-unit: its max_files limit (2) was reached"));
        assertThat(site.requests("/col/c.pdf")).isEmpty();
    }

    @Test
    void reportsASiteThatDoesNotAnswerAsNotFetched() {
        String start = site.url("/col/index.html");
        site.close(); // nothing listens on the port any more

        CrawlResult result = crawl();

        assertThat(result.files()).isEmpty();
        CrawlFailure failure = failureOf(result, "/col/index.html");
        assertThat(failure.url()).isEqualTo(start);
        assertThat(failure.kind()).isEqualTo(CrawlFailure.Kind.NOT_FETCHED);
        assertThat(failure.reason()).startsWith("page not fetched: site unreachable (")
                .contains("gave up after 3 attempts");
    }

    @Test
    void keepsAtMostTwoRequestsInFlightPerHostAndSpacesTheirStarts() {
        String[] links = new String[12];
        for (int i = 0; i < 6; i++) {
            links[2 * i] = "f" + i + ".pdf";
            links[2 * i + 1] = (2020 + i) + "年度部门决算";
            byte[] body = pdf("file " + i);
            site.route("/col/f" + i + ".pdf", (ex, call) -> {
                Thread.sleep(300);
                site.send(ex, 200, "application/pdf", body);
            });
        }
        column(links);
        FetchPolicy spaced = new FetchPolicy(FAST.userAgent(), FAST.connectTimeout(), Duration.ofSeconds(2), 1,
                FAST.backoff(), FAST.maxBackoff(), FAST.maxRetryWait(), Duration.ofMillis(200), 2, 5);

        CrawlResult result = crawl(spaced, LIMITS);

        assertThat(result.files()).hasSize(6);
        assertThat(site.mostRequestsOpenAtOnce()).isEqualTo(2);
        List<FixtureSite.Request> all = site.requests();
        for (int i = 1; i < all.size(); i++) {
            // 200 ms apart as sent (two requests open at once would otherwise start together); the server sees
            // them jittered when the machine is busy
            assertThat(Duration.ofNanos(all.get(i).startNanos() - all.get(i - 1).startNanos()))
                    .as("start of request %d after request %d", i, i - 1).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        }
    }

    @Test
    void asksForGzipSaysWhoItIsAndResolvesLinksAgainstTheBaseHref() {
        String html = """
                <!DOCTYPE html><html><head><meta charset="utf-8"><base href="/attachments/2024/">
                <title>预决算公开</title></head><body>
                <a href="部门预算.pdf">2024年度部门预算</a>
                </body></html>""";
        site.resource("/col/index.html", "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), true);
        site.file("/attachments/2024/部门预算.pdf", "application/pdf", pdf("budget"));

        CrawlResult result = crawl();

        assertThat(names(result)).containsExactly("部门预算.pdf");
        FixtureSite.Request page = site.requests("/col/index.html").get(0);
        assertThat(page.header("Accept-Encoding")).isEqualTo("gzip");
        assertThat(page.header("User-Agent")).isEqualTo(FetchPolicy.USER_AGENT).startsWith("fiscal-warehouse/");
        assertThat(site.requests("/attachments/2024/部门预算.pdf")).hasSize(1);
    }

    @Test
    void followsListPagesInTheColumnAndKeepsAnHtmlDisclosureWithItsTables() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            rows.append("<tr><td>科目").append(i).append("</td><td>").append(100 + i).append("</td></tr>");
        }
        site.page("/col/index.html", """
                <html><head><meta charset="utf-8"><title>预决算公开</title></head><body>
                <a href="index_1.html">下一页</a>
                <a href="/other/news.html">新闻</a>
                </body></html>""");
        site.page("/col/index_1.html", """
                <html><head><meta charset="utf-8"><title>预决算公开</title></head><body>
                <a href="202409/t1.html">2024年度部门预算公开</a>
                <a href="202409/t2.html">2023年度部门决算公开</a>
                </body></html>""");
        site.page("/col/202409/t1.html", "<html><head><meta charset=\"utf-8\"><title>2024年度部门预算</title></head>"
                + "<body><table>" + rows + "</table></body></html>");
        site.page("/col/202409/t2.html", """
                <html><head><meta charset="utf-8"><title>2023年度部门决算公开</title></head><body>
                <p>附件：</p><a href="P020240912.pdf">2023年度部门决算.pdf</a></body></html>""");
        site.file("/col/202409/P020240912.pdf", "application/pdf", pdf("final"));

        CrawlResult result = crawl();

        assertThat(result.failures()).isEmpty();
        assertThat(names(result)).containsExactlyInAnyOrder("t1.html", "P020240912.pdf");
        assertThat(site.requests("/other/news.html")).as("outside the column, not labelled").isEmpty();
    }

    private static long countFiles(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix)).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
