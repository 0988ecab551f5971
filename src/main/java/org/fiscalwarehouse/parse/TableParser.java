package org.fiscalwarehouse.parse;

import java.util.Set;

/** Reads the figures of one kind of table (one class per kind, like tabula's one algorithm per class). */
public interface TableParser {

    /** The table codes this parser reads, e.g. T02, T03, T05, B05. */
    Set<String> tableCodes();

    /** The table's figures as printed, in the unit the table states. */
    ParsedFacts parse(TableRegion table, DocumentIdentity identity);

    /** The table's figures in 万元 whatever unit it states: what the parse stage keeps. */
    default ParsedFacts parseInWan(TableRegion table, DocumentIdentity identity) {
        return AmountConversion.toWan(parse(table, identity), table.amountUnit());
    }
}
