package org.fiscalwarehouse.parse;

/** The document's content does not say whose, which year or which kind of disclosure it is; it gets rejected. */
public class UnrecognisedDocumentException extends Exception {

    public UnrecognisedDocumentException(String reason) {
        super(reason);
    }
}
