package org.fiscalwarehouse.parse;

/** 决算 (final account) or 预算 (budget). */
public enum DocKind {
    FINAL, BUDGET;

    public String code() {
        return name().toLowerCase();
    }
}
