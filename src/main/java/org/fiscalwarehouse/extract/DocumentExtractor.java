package org.fiscalwarehouse.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The extract stage's entry point: sniffs what a fetched file really is, hands it to the matching reader and
 * turns every failure into a rejected {@link ExtractedDocument} with a reason, so one bad file never stops
 * the batch. Readers are plugged in, which lets the text readers be added alongside the PDF and HTML ones.
 */
public class DocumentExtractor {

    /** Enough of the file to recognise it and to judge a text file's format. */
    private static final int HEAD_BYTES = 64 * 1024;

    private final List<DocumentReader> readers;

    public DocumentExtractor(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Every reader the project has: PDF, HTML and the three text extraction forms. */
    public static DocumentExtractor withDefaultReaders() {
        return new DocumentExtractor(List.of(new PdfDocumentReader(), new HtmlDocumentReader(), new TabbedTextReader(),
                new MarkdownTextReader(), new PlainTextReader()));
    }

    public ExtractedDocument extract(String docId, String sourceUrl, String fileName, String sha256,
                                     Instant fetchedAt, Path file) {
        Outcome outcome = read(fileName, file);
        return new ExtractedDocument(docId, sourceUrl, fileName, sha256, fetchedAt, outcome.format(),
                outcome.pages(), outcome.rejection());
    }

    private record Outcome(SourceFormat format, List<Page> pages, String rejection) {

        static Outcome rejected(SourceFormat format, String reason) {
            return new Outcome(format, List.of(), reason);
        }
    }

    private Outcome read(String fileName, Path file) {
        byte[] head;
        long size;
        try {
            size = Files.size(file);
            head = head(file);
        } catch (IOException e) {
            return Outcome.rejected(null, "unreadable file (" + e.getMessage() + ")");
        }
        if (size == 0) {
            return Outcome.rejected(null, "empty file (0 bytes)");
        }
        ContentSniffer.Kind kind = ContentSniffer.sniff(head);
        boolean namedPdf = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".pdf");
        switch (kind) {
            case EMPTY:
                return Outcome.rejected(null, "empty file (" + size + " bytes of whitespace)");
            case PDF:
                return readWith(SourceFormat.PDF, fileName, head, file);
            case HTML:
                if (namedPdf) {
                    return Outcome.rejected(SourceFormat.HTML,
                            "not a PDF: the file is an HTML page (server error page served as .pdf?)");
                }
                return readWith(SourceFormat.HTML, fileName, head, file);
            case TEXT:
                SourceFormat textFormat = TextFormatSniffer.sniff(head);
                if (namedPdf) {
                    return Outcome.rejected(textFormat, "not a PDF: the file is plain text served as .pdf");
                }
                return readWith(textFormat, fileName, head, file);
            default:
                String what = kind.description();
                return Outcome.rejected(null, namedPdf
                        ? "not a PDF: the file is a " + what
                        : "unsupported file type: " + what);
        }
    }

    private Outcome readWith(SourceFormat format, String fileName, byte[] head, Path file) {
        Optional<DocumentReader> reader = readers.stream()
                .filter(r -> r.accepts(fileName, head) && r.format(head) == format)
                .findFirst();
        if (reader.isEmpty()) {
            return Outcome.rejected(format, "unsupported file type: " + format + " (no reader configured)");
        }
        try {
            List<Page> pages = reader.get().read(file);
            if (pages.isEmpty()) {
                return Outcome.rejected(format, "no content: the file yielded no pages");
            }
            return new Outcome(format, pages, null);
        } catch (ExtractionException e) {
            return Outcome.rejected(format, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug or a pathological file must cost this document only, not the batch.
            return Outcome.rejected(format, "damaged or unreadable " + format + " file (" + e + ")");
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }
}
