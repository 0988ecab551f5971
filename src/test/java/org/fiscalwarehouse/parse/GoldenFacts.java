package org.fiscalwarehouse.parse;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The answer key's rows (src/test/resources/golden/golden-facts.csv). */
record GoldenFacts(String doc, String metric, String item, BigDecimal value, String source, String confidence) {

    static final String FUZHOU = "000_5c244b8d47ac6d51";
    static final String FUND_CENTRE = "001_d178e83414a3c697";
    static final String XIAMEN = "002_4a9f472ff9ad2f92";
    static final String QUANZHOU = "004_7262ee99b7c1de62";

    static List<GoldenFacts> all() {
        try (Reader in = Files.newBufferedReader(Path.of("src/test/resources/golden/golden-facts.csv"),
                StandardCharsets.UTF_8)) {
            List<GoldenFacts> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                out.add(new GoldenFacts(r.get("doc"), r.get("metric"), r.get("item"), new BigDecimal(r.get("value")),
                        r.get("source"), r.get("confidence")));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The golden rows of one document whose metric starts with the prefix and that were read from the table. */
    static List<GoldenFacts> fromTable(String doc, String metricPrefix, String tableCode) {
        return all().stream().filter(g -> g.doc().equals(doc) && g.metric().startsWith(metricPrefix)
                && g.source().startsWith(tableCode)).toList();
    }
}
