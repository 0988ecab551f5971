package org.fiscalwarehouse.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.fiscalwarehouse.parse.KnownUnit;
import org.fiscalwarehouse.parse.UnitCatalogue;
import org.junit.jupiter.api.Test;

class CrawlSourcesFileTest {

    static List<CrawlSource> parse(String yaml) {
        return CrawlSourcesFile.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }

    @Test
    void theProjectSourcesFileHasOneSourcePerKnownUnitOnItsOwnSite() throws Exception {
        List<CrawlSource> sources = CrawlSourcesFile.load("jobs/sources.yml");
        List<String> units = UnitCatalogue.load(Path.of("jobs/units.yml")).units().stream().map(KnownUnit::code)
                .toList();

        assertThat(sources).extracting(CrawlSource::name).containsExactlyInAnyOrderElementsOf(units);
        for (CrawlSource s : sources) {
            assertThat(s.startPages()).allSatisfy(p -> assertThat(p).startsWith("https://"));
            assertThat(s.allowedHosts()).containsExactlyElementsOf(s.startPages().stream().map(CrawlUrl::host)
                    .distinct().toList());
            assertThat(s.fetch().perHostDelay()).isEqualTo(Duration.ofSeconds(2));
            assertThat(s.fetch().maxInFlightPerHost()).isEqualTo(2);
            assertThat(s.limits().maxFileBytes()).isEqualTo(100L * 1024 * 1024);
            assertThat(s.rule().keywords()).containsExactly("预算", "决算", "预决算");
        }
    }

    @Test
    void theSampleSourcesFilePointsEachUnitAtTheBundledMirror() throws Exception {
        List<CrawlSource> sources = CrawlSourcesFile.load("jobs/sources-sample.yml");

        assertThat(sources).hasSize(4);
        assertThat(sources).allSatisfy(s -> assertThat(s.startPages().get(0))
                .matches("(file|jar):.*/sample/" + s.name() + "/index\\.html"));
    }

    @Test
    void aSourceOverridesTheDefaults() {
        List<CrawlSource> sources = parse("""
                defaults:
                  per_host_delay: 3s
                  max_file_size: 10MB
                  read_timeout: 30s
                sources:
                  - unit: a
                    start_pages: [http://a.example/col/]
                  - unit: b
                    start_pages: [http://b.example/col/]
                    allowed_hosts: [b.example, files.b.example]
                    per_host_delay: 500ms
                    attachment_types: [pdf]
                """);

        assertThat(sources.get(0).fetch().perHostDelay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(sources.get(0).allowedHosts()).containsExactly("a.example");
        assertThat(sources.get(1).fetch().perHostDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(sources.get(1).fetch().readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(sources.get(1).limits().maxFileBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(sources.get(1).allowedHosts()).containsExactlyInAnyOrder("b.example", "files.b.example");
        assertThat(sources.get(1).rule().fileType("http://b.example/x.doc", "决算")).isEmpty();
    }

    @Test
    void refusesAnUnknownKeyRatherThanIgnoringATypo() {
        assertThatThrownBy(() -> parse("""
                sources:
                  - unit: a
                    start_pages: [http://a.example/]
                    per_host_dely: 1s
                """)).hasMessageContaining("source a: unknown key 'per_host_dely'");
        assertThatThrownBy(() -> parse("sources: []")).hasMessageContaining("at least one source");
        assertThatThrownBy(() -> parse("""
                sources:
                  - unit: a
                    start_pages: [mailto:x@y]
                """)).hasMessageContaining("not a URL the crawler can fetch");
    }
}
