package org.fiscalwarehouse.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandingZoneTest {

    @TempDir
    Path temp;

    @Test
    void storesByContentSoANameCannotEscapeTheZone() {
        LandingZone zone = new LandingZone(temp.resolve("landing"));
        byte[] body = "%PDF-1.7 content".getBytes(StandardCharsets.UTF_8);
        SourceFile f = zone.store("http://x/a", "../../etc/passwd.pdf", body, Instant.EPOCH);

        assertThat(f.localPath().normalize()).startsWith(zone.root().toAbsolutePath());
        assertThat(f.localPath().getFileName().toString()).isEqualTo(f.sha256() + ".pdf");
        assertThat(f.sha256()).isEqualTo("d274f10f823f4da5c383bedc6bf03b4aed26b05f8306cf082b8402ae78a456a5");
        assertThat(f.docId()).isEqualTo(f.sha256().substring(0, 16));
    }

    @Test
    void anAbsoluteOrBackslashedNameStaysInsideTheZoneToo() throws Exception {
        LandingZone zone = new LandingZone(temp.resolve("landing"));
        for (String name : new String[] {"/etc/cron.d/evil.pdf", "..\\..\\evil.pdf", "C:/evil.pdf"}) {
            SourceFile f = zone.store("http://x/a", name, ("%PDF-1.7 " + name).getBytes(StandardCharsets.UTF_8),
                    Instant.EPOCH);
            assertThat(f.localPath().normalize()).startsWith(zone.root().toAbsolutePath());
            assertThat(f.localPath().getFileName().toString()).isEqualTo(f.sha256() + ".pdf");
        }
        try (var files = java.nio.file.Files.walk(temp)) {
            assertThat(files.filter(java.nio.file.Files::isRegularFile))
                    .allSatisfy(p -> assertThat(p).startsWith(zone.root()));
        }
        assertThat(zone.locate(LandingZone.sha256("%PDF-1.7 C:/evil.pdf".getBytes(StandardCharsets.UTF_8))))
                .hasValueSatisfying(p -> assertThat(p.getFileName().toString()).endsWith(".pdf"));
    }

    @Test
    void keepsOnlyASafeExtension() {
        assertThat(LandingZone.extensionOf("决算.PDF")).isEqualTo(".pdf");
        assertThat(LandingZone.extensionOf("a.p/../x")).isEmpty();
        assertThat(LandingZone.extensionOf("noext")).isEmpty();
    }

    @Test
    void decodesPercentEncodedChineseFileNames() {
        assertThat(DisclosureLinkRule.fileName(
                "http://x/files/%E5%86%B3%E7%AE%97%202023.pdf?id=1")).isEqualTo("决算 2023.pdf");
        assertThat(DisclosureLinkRule.fileName("http://x/a+b.pdf")).isEqualTo("a+b.pdf");
    }
}
