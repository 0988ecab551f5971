package org.fiscalwarehouse.warehouse;

/**
 * One row of {@code dim_unit}. The publisher takes these rather than the parse stage's unit catalogue so the
 * warehouse does not depend on how the catalogue is loaded; the caller maps one to the other.
 */
public record UnitRow(String code, String nameZh, String regionZh, String adminLevel, String unitTypeZh) {
}
