package org.fiscalwarehouse.golden;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Loads the answer key the accuracy tests assert against. */
public final class GoldenFacts {

    public static final Path FILE = Path.of("src/test/resources/golden/golden-facts.csv");

    public static final String FUZHOU = "000_5c244b8d47ac6d51";
    public static final String FUND_CENTRE = "001_d178e83414a3c697";
    public static final String XIAMEN = "002_4a9f472ff9ad2f92";
    public static final String FUND_CENTRE_BUDGET = "003_0455909f24bddecc";
    public static final String QUANZHOU = "004_7262ee99b7c1de62";

    private GoldenFacts() {
    }

    /** Every row; the file ships with the tests, so failing to read it is a broken build. */
    public static List<GoldenFact> all() {
        try {
            return load();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The rows of one document whose metric starts with the prefix. */
    public static List<GoldenFact> forDoc(String doc, String metricPrefix) {
        return all().stream().filter(g -> g.doc().equals(doc) && g.metric().startsWith(metricPrefix)).toList();
    }

    /** The rows of one document whose metric starts with the prefix and that the key says were read from a table. */
    public static List<GoldenFact> fromTable(String doc, String metricPrefix, String tableCode) {
        return forDoc(doc, metricPrefix).stream().filter(g -> g.source().startsWith(tableCode)).toList();
    }

    public static List<GoldenFact> load() throws IOException {
        List<GoldenFact> facts = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                facts.add(new GoldenFact(r.get("doc"), r.get("unit"), Integer.parseInt(r.get("fiscal_year")),
                        r.get("doc_kind"), r.get("metric"), r.get("item"), new BigDecimal(r.get("value")),
                        r.get("unit_of_value"), r.get("source"), r.get("confidence"), r.get("note")));
            }
        }
        return facts;
    }
}
