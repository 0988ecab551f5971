package org.fiscalwarehouse.parse;

/** {@code dim_document.status}. */
public enum DocumentStatus {
    LOADED, PARTIAL, REJECTED;

    public String code() {
        return name().toLowerCase();
    }
}
