package org.fiscalwarehouse.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.fiscalwarehouse.crawl.CrawlManifest;
import org.fiscalwarehouse.crawl.CrawlResult;
import org.fiscalwarehouse.crawl.CrawledFile;
import org.fiscalwarehouse.crawl.SourceCollector;
import org.fiscalwarehouse.crawl.LandingZone;
import org.fiscalwarehouse.crawl.SourceFile;
import org.fiscalwarehouse.crawl.SourceLocation;
import org.fiscalwarehouse.extract.DocumentExtractor;
import org.fiscalwarehouse.extract.ExtractedDocument;
import org.fiscalwarehouse.parse.DocumentParser;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.UnitCatalogue;
import org.fiscalwarehouse.reconcile.ReconciledDocument;
import org.fiscalwarehouse.reconcile.Reconciler;
import org.fiscalwarehouse.reconcile.Tolerance;
import org.fiscalwarehouse.warehouse.UnitRow;
import org.fiscalwarehouse.warehouse.WarehousePublisher;

/**
 * {@code benchmark}: times each stage over a source (default: the bundled sample), several rounds, and prints
 * the figures. The stages are called directly, without the job repository, so the figures are the stages' own.
 */
class Benchmark {

    private final PrintStream out;

    Benchmark(PrintStream out) {
        this.out = out;
    }

    void run(String source, int rounds, UnitCatalogue units) throws Exception {
        Path work = Files.createTempDirectory("fiscal-benchmark");
        try {
            measure(source, rounds, units, work);
        } finally {
            try (var walk = Files.walk(work)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void measure(String source, int rounds, UnitCatalogue units, Path work) throws Exception {
        List<SourceFile> files = collect(source, new LandingZone(work.resolve("landing")));
        long bytes = files.stream().mapToLong(SourceFile::sizeBytes).sum();
        out.printf("benchmark: %d files, %.1f MB, %d rounds, %d cores, max heap %d MB%n", files.size(),
                bytes / 1e6, rounds, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.printf("%-6s %10s %10s %10s %10s %10s %8s %10s%n", "round", "extract_ms", "parse_ms", "recon_ms",
                "publish_ms", "total_ms", "pages", "pages/s");
        DocumentExtractor extractor = DocumentExtractor.withDefaultReaders();
        DocumentParser parser = DocumentParser.withDefaultParsers(units);
        Reconciler reconciler = Reconciler.withDefaultChecks(Tolerance.DEFAULT);
        List<UnitRow> unitRows = units.units().stream()
                .map(u -> new UnitRow(u.code(), u.nameZh(), u.regionZh(), u.adminLevel(), u.unitTypeZh())).toList();
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            List<ExtractedDocument> extracted = new ArrayList<>();
            for (SourceFile f : files) {
                extracted.add(extractor.extract(f.docId(), f.sourceUrl(), f.fileName(), f.sha256(), f.fetchedAt(),
                        f.localPath()));
            }
            long t1 = System.nanoTime();
            List<ParsedDocument> parsed = extracted.stream().map(parser::parse).toList();
            long t2 = System.nanoTime();
            List<ReconciledDocument> reconciled = parsed.stream().map(reconciler::reconcile).toList();
            long t3 = System.nanoTime();
            Path warehouse = work.resolve("warehouse-" + round);
            WarehousePublisher.withDefaults().publish(reconciled, unitRows, warehouse.toString(), null);
            long t4 = System.nanoTime();
            int pages = extracted.stream().mapToInt(ExtractedDocument::pageCount).sum();
            out.printf("%-6d %10d %10d %10d %10d %10d %8d %10.1f%n", round, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2),
                    ms(t4 - t3), ms(t4 - t0), pages, pages / ((t1 - t0) / 1e9));
        }
        out.println("(round 1 includes JVM warm-up; later rounds show the steady state)");
    }

    /** Collects the files once, with a throw-away in-memory crawl manifest: the benchmark measures the stages after it. */
    private static List<SourceFile> collect(String source, LandingZone landing) {
        org.h2.jdbcx.JdbcDataSource manifestDb = new org.h2.jdbcx.JdbcDataSource();
        manifestDb.setURL("jdbc:h2:mem:benchmark-manifest;DB_CLOSE_DELAY=-1");
        CrawlResult result = new SourceCollector(landing, new CrawlManifest(manifestDb), Clock.systemUTC())
                .collect(SourceLocation.parse(source));
        return result.files().stream().map(CrawledFile::file).toList();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
