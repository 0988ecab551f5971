package org.fiscalwarehouse.parse;

/**
 * What a document is, recognised from its content: whose, which year, budget or final, unit or department.
 *
 * @param unitNameZh the unit's name as the document prints it (e.g. 福州市医疗保障局（本级）)
 * @param unitCode   the code from the unit catalogue, or a generated stable code for an unknown unit
 * @param knownUnit  whether the unit catalogue knows the unit
 */
public record DocumentIdentity(String unitNameZh, String unitCode, boolean knownUnit, int fiscalYear, DocKind kind,
                               Scope scope, String titleZh) {
}
