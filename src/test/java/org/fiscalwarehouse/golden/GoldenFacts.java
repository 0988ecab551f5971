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

    private GoldenFacts() {
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
