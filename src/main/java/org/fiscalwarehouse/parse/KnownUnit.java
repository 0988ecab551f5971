package org.fiscalwarehouse.parse;

import java.util.List;

/** A unit from the catalogue in {@code jobs/units.yml}. */
public record KnownUnit(String code, String nameZh, List<String> aliases, String regionZh, String adminLevel,
                        String unitTypeZh) {

    public KnownUnit {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
