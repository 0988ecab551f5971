package org.fiscalwarehouse.parse;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Rows of the golden answer key (src/test/resources/golden/golden-facts.csv). */
final class GoldenFacts {

    record Row(String doc, String metric, String item, BigDecimal value, String confidence) {
    }

    private static final Path CSV = Path.of("src/test/resources/golden/golden-facts.csv");

    private GoldenFacts() {
    }

    static List<Row> rows(String doc, String metricPrefix) {
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(CSV, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (r.get("doc").equals(doc) && r.get("metric").startsWith(metricPrefix)) {
                    rows.add(new Row(r.get("doc"), r.get("metric"), r.get("item"), new BigDecimal(r.get("value")),
                            r.get("confidence")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
