package org.fiscalwarehouse.reconcile;

import java.util.Collection;
import java.util.Optional;

/** 功能分类 codes: 类 (3 digits), 款 (5), 项 (7); a parent is a prefix one level up. */
final class SubjectCodes {

    private SubjectCodes() {
    }

    static boolean isValid(String code) {
        return code != null && code.matches("\\d{3}|\\d{5}|\\d{7}");
    }

    /**
     * The nearest ancestor of a code among the codes present: its 款 or else its 类; empty when none is present
     * (the 合计 row is then its parent).
     */
    static Optional<String> nearestPresentAncestor(String code, Collection<String> present) {
        for (int length = code.length() - 2; length >= 3; length -= 2) {
            String prefix = code.substring(0, length);
            if (present.contains(prefix)) {
                return Optional.of(prefix);
            }
        }
        return Optional.empty();
    }
}
