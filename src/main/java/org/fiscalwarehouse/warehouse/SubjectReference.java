package org.fiscalwarehouse.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A bundled list of national 政府收支分类科目 names by code ({@code reference/*.csv}, see its README), the fallback
 * for subject names the documents do not print.
 */
public final class SubjectReference {

    public static final String FUNCTIONAL_RESOURCE = "reference/func_subjects.csv";
    public static final String ECONOMIC_RESOURCE = "reference/econ_subjects.csv";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Map<String, String> names;

    public SubjectReference(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    public static SubjectReference functional() {
        return load(FUNCTIONAL_RESOURCE);
    }

    public static SubjectReference economic() {
        return load(ECONOMIC_RESOURCE);
    }

    static SubjectReference load(String resource) {
        InputStream in = SubjectReference.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("reference list " + resource + " is not on the classpath");
        }
        Map<String, String> names = new LinkedHashMap<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord r : FORMAT.parse(reader)) {
                names.put(r.get("code").strip(), r.get("name_zh").strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new SubjectReference(names);
    }

    public Optional<String> nameOf(String code) {
        return Optional.ofNullable(names.get(code));
    }

    public int size() {
        return names.size();
    }
}
