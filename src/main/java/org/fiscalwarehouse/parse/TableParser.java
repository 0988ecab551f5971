package org.fiscalwarehouse.parse;

import java.util.Set;

/** Reads the figures of one kind of table (one class per kind, like tabula's one algorithm per class). */
public interface TableParser {

    /** The table codes this parser reads, e.g. T02, T03, T05, B05. */
    Set<String> tableCodes();

    ParsedFacts parse(TableRegion table, DocumentIdentity identity);
}
