package org.fiscalwarehouse.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The units fiscal-warehouse knows (from {@code jobs/units.yml}), and the rule that maps a printed unit name to a
 * unit code. Documents print names with scope suffixes such as （本级） or （汇总）, which do not change the unit.
 */
public class UnitCatalogue {

    private final List<KnownUnit> units;

    public UnitCatalogue(List<KnownUnit> units) {
        this.units = List.copyOf(units);
    }

    public static UnitCatalogue load(Path yaml) throws IOException {
        try (InputStream in = Files.newInputStream(yaml)) {
            return load(in);
        }
    }

    /**
     * The catalogue at {@code file} when it exists (a deployment may edit {@code jobs/units.yml} beside the jar),
     * else the copy bundled in the jar.
     */
    public static UnitCatalogue loadPreferring(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return load(file);
        }
        try (InputStream in = UnitCatalogue.class.getClassLoader().getResourceAsStream("jobs/units.yml")) {
            if (in == null) {
                throw new IOException("no unit catalogue at " + file + " nor bundled in the application");
            }
            return load(in);
        }
    }

    @SuppressWarnings("unchecked")
    public static UnitCatalogue load(InputStream in) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        List<KnownUnit> units = new ArrayList<>();
        for (Map<String, Object> u : (List<Map<String, Object>>) root.getOrDefault("units", List.of())) {
            units.add(new KnownUnit((String) u.get("code"), (String) u.get("name_zh"),
                    (List<String>) u.get("aliases"), (String) u.get("region_zh"), (String) u.get("admin_level"),
                    (String) u.get("unit_type_zh")));
        }
        return new UnitCatalogue(units);
    }

    public List<KnownUnit> units() {
        return units;
    }

    /** The catalogue's unit for a printed name, if any. */
    public Optional<KnownUnit> find(String printedName) {
        String key = canonicalName(printedName);
        return units.stream()
                .filter(u -> canonicalName(u.nameZh()).equals(key)
                        || u.aliases().stream().anyMatch(a -> canonicalName(a).equals(key)))
                .findFirst();
    }

    /** A code for a unit the catalogue does not know: stable for the same printed name. */
    public static String generatedCode(String printedName) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalName(printedName).getBytes(StandardCharsets.UTF_8));
            return "unit-" + HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name without spaces and without a trailing scope marker like （本级）, （汇总）, (本级). */
    public static String canonicalName(String name) {
        String s = name.replaceAll("[\\s\u3000]", "").replace('(', '（').replace(')', '）');
        return s.replaceAll("（(本级|汇总|部门|单位|本部|机关)）$", "");
    }
}
