package org.fiscalwarehouse.parse;

/** Where a figure came from; published lower-case in every fact table's {@code source} column. */
public enum Source {
    TABLE, NARRATIVE, DERIVED, REPAIRED;

    public String code() {
        return name().toLowerCase();
    }
}
