package org.fiscalwarehouse.extract;

import java.nio.file.Path;
import java.util.List;

/** Reads one kind of file into the page model. */
public interface DocumentReader {

    /** Whether this reader handles the file, judged from its leading bytes (never trusting the name alone). */
    boolean accepts(String fileName, byte[] head);

    /** Reads the file's pages; throws with a human-readable reason when the file is not a usable disclosure. */
    List<Page> read(Path file) throws ExtractionException;

    SourceFormat format(byte[] head);
}
