package org.fiscalwarehouse.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublishedNameTest {

    static String asHeaderBytes(String name, Charset charset) {
        // what the HTTP client makes of raw header bytes: one ISO-8859-1 character per byte
        return new String(name.getBytes(charset), StandardCharsets.ISO_8859_1);
    }

    @Test
    void prefersTheRfc5987FileName() {
        assertThat(PublishedName.fromContentDisposition("attachment; filename=\"budget.pdf\"; "
                + "filename*=UTF-8''2025%E5%B9%B4%E5%BA%A6%E9%A2%84%E7%AE%97.pdf")).contains("2025年度预算.pdf");
    }

    @Test
    void decodesRawUtf8AndGbkBytesInAQuotedFileName() {
        assertThat(PublishedName.fromContentDisposition("attachment; filename=\""
                + asHeaderBytes("厦门市2023年度决算.pdf", StandardCharsets.UTF_8) + "\"")).contains("厦门市2023年度决算.pdf");
        assertThat(PublishedName.fromContentDisposition("attachment; filename=\""
                + asHeaderBytes("泉州市2024年度决算.pdf", Charset.forName("GBK")) + "\"")).contains("泉州市2024年度决算.pdf");
    }

    @Test
    void keepsOnlyTheLastSegmentOfAPathSoANameCannotPointAnywhere() {
        assertThat(PublishedName.fromContentDisposition("attachment; filename=\"../../etc/passwd.pdf\""))
                .contains("passwd.pdf");
        assertThat(PublishedName.fromContentDisposition("attachment; filename=\"C:\\\\Windows\\\\x.pdf\""))
                .contains("x.pdf");
        assertThat(PublishedName.sanitise("/abs/决算.pdf")).contains("决算.pdf");
        assertThat(PublishedName.sanitise("..")).isEmpty();
        assertThat(PublishedName.sanitise("a\u0000b\n.pdf")).contains("ab.pdf");
    }

    @Test
    void hasNoNameWithoutAFileNameParameter() {
        assertThat(PublishedName.fromContentDisposition("inline")).isEmpty();
        assertThat(PublishedName.fromContentDisposition(null)).isEmpty();
    }
}
