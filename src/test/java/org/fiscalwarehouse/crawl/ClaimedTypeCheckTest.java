package org.fiscalwarehouse.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClaimedTypeCheckTest {

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void acceptsWhatIsWhatItsNameSays() {
        assertThat(ClaimedTypeCheck.mismatch("决算.pdf", "application/octet-stream", bytes("%PDF-1.7\n…"))).isEmpty();
        assertThat(ClaimedTypeCheck.mismatch("a.xlsx", null, new byte[] {'P', 'K', 3, 4, 0})).isEmpty();
        assertThat(ClaimedTypeCheck.mismatch("a.doc", null, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
                (byte) 0xE0, 0})).isEmpty();
        assertThat(ClaimedTypeCheck.mismatch("article.html", "text/html", bytes("<html>…"))).isEmpty();
    }

    @Test
    void rejectsAnErrorPageUnderAnAttachmentName() {
        assertThat(ClaimedTypeCheck.mismatch("决算.pdf", null, bytes("\uFEFF  <!DOCTYPE HTML><html>404")))
                .contains("not a PDF: the server sent an HTML page under a .pdf name (an error page?)");
        assertThat(ClaimedTypeCheck.mismatch("预算.xls", "text/html", bytes("<html><body>error")))
                .contains("not an Office file: the server sent an HTML page (Content-Type text/html) under a .xls "
                        + "name (an error page?)");
        assertThat(ClaimedTypeCheck.mismatch("决算.pdf", null, bytes("garbage"))).contains("not a PDF: no %PDF- header");
        assertThat(ClaimedTypeCheck.mismatch("决算.pdf", null, new byte[0])).contains("empty body (0 bytes)");
    }
}
