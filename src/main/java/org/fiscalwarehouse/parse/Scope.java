package org.fiscalwarehouse.parse;

/** 本级/单位 (one unit) or 部门/汇总 (a department with its sub-units). */
public enum Scope {
    UNIT, DEPARTMENT;

    public String code() {
        return name().toLowerCase();
    }
}
