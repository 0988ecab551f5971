package org.fiscalwarehouse.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fiscalwarehouse.WarehouseDb;
import org.fiscalwarehouse.cli.FiscalWarehouseCli;
import org.fiscalwarehouse.golden.GoldenFact;
import org.fiscalwarehouse.golden.GoldenFacts;
import org.fiscalwarehouse.golden.WarehouseFactLookup;
import org.fiscalwarehouse.parse.UnitCatalogue;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every answer-key row must be in the warehouse with exactly its value, whichever tool produced the files: the
 * bundled PDFs, or the same documents as other tools' text extractions. That is the rows of confidence high or
 * medium (stated by the document) and those of confidence derived (computed by the reconcile stage: prior-year
 * figures from stated changes, 三公 budgets implied by execution rates, totals of stated parts, the repaired 整体
 * 全年执行数). Prints matched/total per document and confidence so a regression shows where it is.
 */
class GoldenAccuracyTest {

    static final String BUNDLED = "bundled";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "ingest from {0}")
    @ValueSource(strings = {BUNDLED, "src/test/resources/corpus/text"})
    void holdsEveryStatedAndDerivedGoldenFact(String from) throws Exception {
        Path warehouse = temp.resolve("warehouse");
        List<String> args = new ArrayList<>(List.of("ingest", "--warehouse=" + warehouse));
        if (!from.equals(BUNDLED)) {
            args.add("--from=" + from);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new FiscalWarehouseCli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .run(args.toArray(String[]::new));
        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();

        Map<String, int[]> perDocument = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        try (Connection c = WarehouseDb.readOnly(warehouse)) {
            WarehouseFactLookup lookup = new WarehouseFactLookup(c, UnitCatalogue.load(Path.of("jobs/units.yml")));
            for (GoldenFact f : GoldenFacts.all()) {
                int[] tally = perDocument.computeIfAbsent(f.doc() + " " + f.confidence(), d -> new int[2]);
                tally[1]++;
                if (lookup.holds(f)) {
                    tally[0]++;
                } else {
                    missing.add(f.label() + " — warehouse holds " + lookup.valuesFor(f));
                }
            }
        }
        System.out.println("golden accuracy, ingest from " + from + ":");
        perDocument.forEach((doc, t) -> System.out.printf("  %s %d/%d%n", doc, t[0], t[1]));
        missing.forEach(m -> System.out.println("  MISSING " + m));
        assertThat(perDocument.keySet()).as("the answer key's documents and confidences")
                .anyMatch(k -> k.endsWith(" derived"));
        assertThat(missing).as("golden facts the warehouse does not hold exactly").isEmpty();
    }
}
