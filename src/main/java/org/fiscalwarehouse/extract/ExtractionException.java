package org.fiscalwarehouse.extract;

/** A file that cannot be read as a disclosure; the message is the reason shown to the user. */
public class ExtractionException extends Exception {

    public ExtractionException(String reason) {
        super(reason);
    }

    public ExtractionException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
