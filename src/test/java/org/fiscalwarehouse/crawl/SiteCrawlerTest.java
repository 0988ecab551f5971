package org.fiscalwarehouse.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCrawlerTest {

    @TempDir
    Path temp;

    final Clock clock = Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);

    CrawlResult crawl(LandingZone landing, String start) {
        CrawlSource source = CrawlSource.startingAt(start);
        return new SiteCrawler(source, List.of(new LocalResourceFetcher(50_000_000)), landing,
                TestManifests.in(temp), clock).crawl();
    }

    @Test
    void findsTheFiveDisclosuresOfTheBundledMirror() {
        LandingZone landing = new LandingZone(temp.resolve("landing"));
        CrawlResult result = crawl(landing, SourceLocation.parse(SourceLocation.BUNDLED_SAMPLE).value());

        assertThat(result.failures()).isEmpty();
        assertThat(result.files()).extracting(f -> f.file().fileName()).containsExactlyInAnyOrder(
                "福州市医疗保障局（本级）2023年度单位决算.pdf",
                "厦门市医疗保障局2023年度部门决算.pdf",
                "泉州市医疗保障局2024年度部门决算.pdf",
                "福建省医疗保障基金中心2023年度单位决算.pdf",
                "福建省医疗保障基金中心2025年度单位预算.pdf");
        SourceFile fuzhou = result.files().stream().map(CrawledFile::file).filter(f -> f.fileName().startsWith("福州"))
                .findFirst().orElseThrow();
        assertThat(fuzhou.sha256()).startsWith("e025a745b2a44adf");
        assertThat(fuzhou.localPath()).startsWith(landing.root()).exists();
        assertThat(fuzhou.localPath().getFileName().toString()).isEqualTo(fuzhou.sha256() + ".pdf");
        assertThat(fuzhou.fetchedAt()).isEqualTo(clock.instant());
    }

    @Test
    void recordsABrokenLinkAndGoesOn() throws Exception {
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), """
                <html><body>
                <a href="missing-2023年度部门决算.pdf">2023年度部门决算</a>
                <a href="ok.pdf">2024年度部门预算</a>
                <a href="photo.pdf">活动照片</a>
                <a href="https://elsewhere.example/决算.pdf">外站</a>
                </body></html>""");
        Files.writeString(site.resolve("ok.pdf"), "%PDF-1.4 not really");
        Files.writeString(site.resolve("photo.pdf"), "%PDF-1.4 unrelated");

        CrawlResult result = crawl(new LandingZone(temp.resolve("landing")), site.resolve("index.html").toUri().toString());

        assertThat(result.files()).extracting(f -> f.file().fileName()).containsExactly("ok.pdf");
        assertThat(result.failures()).singleElement()
                .satisfies(f -> assertThat(f.url()).contains("missing-"))
                .satisfies(f -> assertThat(f.reason()).startsWith("file not fetched"));
    }
}
