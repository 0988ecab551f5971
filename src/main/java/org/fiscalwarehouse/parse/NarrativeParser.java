package org.fiscalwarehouse.parse;

import org.fiscalwarehouse.extract.ExtractedDocument;

/** Reads figures stated in a document's text (第三部分 of a final account, the budget's 说明). */
public interface NarrativeParser {

    ParsedFacts parse(ExtractedDocument document, DocumentIdentity identity);
}
