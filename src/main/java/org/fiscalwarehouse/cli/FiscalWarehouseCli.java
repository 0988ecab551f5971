package org.fiscalwarehouse.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.fiscalwarehouse.FiscalWarehouseApplication;
import org.fiscalwarehouse.batch.IngestLock;
import org.fiscalwarehouse.batch.IngestRunner;
import org.fiscalwarehouse.batch.IngestSettings;
import org.fiscalwarehouse.batch.RunHistory;
import org.fiscalwarehouse.crawl.CrawlSourcesFile;
import org.fiscalwarehouse.crawl.SourceLocation;
import org.fiscalwarehouse.export.CsvViewExport;
import org.fiscalwarehouse.export.FiscalDataPackageExport;
import org.fiscalwarehouse.query.ComparisonReport;
import org.fiscalwarehouse.query.SavedQuery;
import org.fiscalwarehouse.parse.UnitCatalogue;
import org.fiscalwarehouse.query.WarehouseQuery;
import org.fiscalwarehouse.warehouse.WarehouseLocation;
import org.fiscalwarehouse.warehouse.WarehouseVersions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The commands of the contract. Exit codes: 0 done, 1 the job failed, 2 bad usage, 3 another run holds the lock. */
public class FiscalWarehouseCli {

    static final String USAGE = """
            usage: java -jar target/fiscal-warehouse.jar <command> [options]
              ingest [--from=<dir|file|http(s) URL> | --sources=<sources.yml>] [--warehouse=<dir|Hadoop URI>]
                     [--state-dir=<dir>] [--reprocess]
                                      run the nightly job (default source: the bundled offline sample);
                                      --sources crawls every unit of a sources file (jobs/sources.yml);
                                      --reprocess parses again files the warehouse already holds
              schedule [ingest options] [--cron="0 30 2 * * *"] [--zone=Asia/Shanghai] [--max-runs=N]
                                      stay running and start ingest on the cron schedule
              status [--warehouse=<dir>] [--state-dir=<dir>] [--last=N]
                                      the last runs: start, end, outcome, files new/changed/unchanged/rejected
              query [--warehouse=<dir>] "<sql>"   run read-only SQL through DuckDB, print CSV
              query --file=<sql file | saved query name>   run a saved query (sql/queries/<name>.sql)
              report [--warehouse=<dir>] [<saved query name>…]   print the standard comparisons as tables
              export --format=csv --view=<table or view> --out=<file> [--bom]   write one view as UTF-8 CSV
              export --format=fdp --out=<dir>     write an OpenSpending Fiscal Data Package (datapackage.json + CSV)
              benchmark [--from=<dir|file|URL>] [--rounds=3]   time each stage and print the figures
            ingest also takes --keep-versions=<n> (default 3): how many published warehouse versions stay on disk
            """;

    static final String DEFAULT_WAREHOUSE = "warehouse";
    static final String CRON_PROPERTY = "fiscalwarehouse.schedule.cron";
    static final String CRON_ENV = "FISCAL_WAREHOUSE_CRON";
    static final String ZONE_PROPERTY = "fiscalwarehouse.schedule.zone";

    private final PrintStream out;
    private final PrintStream err;

    public FiscalWarehouseCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] argv) {
        Arguments args = Arguments.parse(argv);
        if (args.command() == null || args.options().containsKey("help")) {
            out.print(USAGE);
            return args.command() == null ? 2 : 0;
        }
        try {
            return switch (args.command()) {
                case "ingest" -> ingest(args);
                case "query" -> query(args);
                case "report" -> report(args);
                case "export" -> export(args);
                case "benchmark" -> benchmark(args);
                case "schedule" -> schedule(args);
                case "status" -> status(args);
                default -> {
                    err.println("unknown command: " + args.command());
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("error: " + e);
            return 1;
        }
    }

    private int ingest(Arguments args) throws Exception {
        return runIngest(ingestSettings(args), args.options().containsKey("reprocess"));
    }

    /** What an ingest works with, from the options; fails fast (exit 2) on a source that does not exist. */
    private static IngestSettings ingestSettings(Arguments args) throws java.io.IOException {
        if (args.option("sources").isPresent() && args.option("from").isPresent()) {
            throw new IllegalArgumentException("give --from or --sources, not both");
        }
        WarehouseLocation warehouse = warehouse(args);
        String source;
        if (args.option("sources").isPresent()) {
            source = SourceLocation.sourcesSpec(args.option("sources").get());
            CrawlSourcesFile.load(SourceLocation.parse(source).value()); // a typo in the file is bad usage
        } else {
            source = args.option("from").map(FiscalWarehouseCli::normaliseSource)
                    .orElse(SourceLocation.BUNDLED_SAMPLE);
            SourceLocation.parse(source);
        }
        Path stateDir = stateDir(args, warehouse);
        return new IngestSettings(source, warehouse.toString(), stateDir, catalogDir(args, warehouse),
                Path.of("sql"), Path.of("jobs", "units.yml"), keepVersions(args));
    }

    /** One ingest under the warehouse's lock, however it was started (command line, cron, the schedule). */
    private int runIngest(IngestSettings settings, boolean reprocess) throws Exception {
        Optional<IngestLock> lock = IngestLock.tryAcquire(settings.stateDir());
        if (lock.isEmpty()) {
            err.println("another ingest is running on " + settings.warehouse() + " (lock " + settings.stateDir()
                    + "/ingest.lock); not starting a second one");
            return 3;
        }
        try (IngestLock held = lock.get(); ConfigurableApplicationContext context = startContext(settings)) {
            return context.getBean(IngestRunner.class).run(settings.source(), settings.warehouse(), reprocess, out);
        }
    }

    /** {@code schedule}: the cron expression from --cron, else the property/environment, else nightly at 02:30. */
    private int schedule(Arguments args) throws Exception {
        IngestSettings settings = ingestSettings(args);
        boolean reprocess = args.options().containsKey("reprocess");
        String cron = args.option("cron").or(() -> Optional.ofNullable(System.getProperty(CRON_PROPERTY)))
                .or(() -> Optional.ofNullable(System.getenv(CRON_ENV))).orElse(ScheduledIngest.DEFAULT_CRON);
        java.time.ZoneId zone = zone(args);
        int maxRuns = Integer.parseInt(args.option("max-runs").orElse("0"));
        try (ScheduledIngest schedule = new ScheduledIngest(cron, zone, () -> {
            try {
                return runIngest(settings, reprocess);
            } catch (Exception e) {
                err.println("scheduled ingest failed: " + e);
                return 1;
            }
        }, out, maxRuns)) {
            Thread stop = new Thread(schedule::close, "schedule-shutdown");
            Runtime.getRuntime().addShutdownHook(stop);
            schedule.start();
            schedule.awaitDone();
            Runtime.getRuntime().removeShutdownHook(stop);
        }
        return 0;
    }

    /**
     * {@code status}: the last runs from the job repository. Reads under the ingest lock (the embedded database
     * admits one process at a time), so while an ingest runs it says so instead.
     */
    private int status(Arguments args) throws Exception {
        WarehouseLocation warehouse = warehouse(args);
        Path stateDir = stateDir(args, warehouse);
        if (!java.nio.file.Files.exists(stateDir.resolve("jobrepo.mv.db"))) {
            out.println("no runs yet (no job repository in " + stateDir + ")");
            return 0;
        }
        Optional<IngestLock> lock = IngestLock.tryAcquire(stateDir);
        if (lock.isEmpty()) {
            out.println("an ingest is running on " + warehouse + " now; its runs are listed when it has finished");
            return 3;
        }
        IngestSettings settings = new IngestSettings(SourceLocation.BUNDLED_SAMPLE, warehouse.toString(), stateDir,
                catalogDir(args, warehouse), Path.of("sql"), Path.of("jobs", "units.yml"));
        try (IngestLock held = lock.get(); ConfigurableApplicationContext context = startContext(settings)) {
            context.getBean(RunHistory.class).print(out, Integer.parseInt(args.option("last").orElse("10")),
                    zone(args));
        }
        return 0;
    }

    private static java.time.ZoneId zone(Arguments args) {
        return java.time.ZoneId.of(args.option("zone").or(() -> Optional.ofNullable(System.getProperty(ZONE_PROPERTY)))
                .orElse(ScheduledIngest.DEFAULT_ZONE.getId()));
    }

    private static WarehouseLocation warehouse(Arguments args) {
        return WarehouseLocation.of(args.option("warehouse").orElse(DEFAULT_WAREHOUSE));
    }

    /**
     * Job repository, landing zone and hand-over files always live on local disk: under the warehouse folder
     * ('_' keeps Spark and Hive from reading it as data), or for a remote warehouse in a local folder.
     */
    private static Path stateDir(Arguments args, WarehouseLocation warehouse) {
        return args.option("state-dir").map(s -> Path.of(s).toAbsolutePath().normalize())
                .orElseGet(() -> warehouse.isLocal() ? warehouse.localDirectory().resolve("_state")
                        : Path.of(".fiscal-warehouse").toAbsolutePath());
    }

    /** fiscal.duckdb sits beside the Parquet when local, else in the local state folder. */
    private static Path catalogDir(Arguments args, WarehouseLocation warehouse) {
        return warehouse.isLocal() ? warehouse.localDirectory() : stateDir(args, warehouse);
    }

    /** Local paths become absolute, so a restart from another folder is the same run. */
    private static String normaliseSource(String from) {
        SourceLocation parsed = SourceLocation.parse(from);
        return parsed.kind() == SourceLocation.Kind.LOCAL ? parsed.value() : from;
    }

    private int query(Arguments args) throws Exception {
        Path catalogDir = catalogDir(args, warehouse(args));
        String sql;
        if (args.option("file").isPresent()) {
            sql = SavedQuery.locate(args.option("file").get(), Path.of("sql")).sql();
        } else if (!args.positional().isEmpty()) {
            sql = String.join(" ", args.positional());
        } else {
            throw new IllegalArgumentException("query needs SQL: query \"select …\" or --file=<sql file>");
        }
        new WarehouseQuery(catalogDir).run(sql, out);
        return 0;
    }

    private int report(Arguments args) throws Exception {
        WarehouseQuery query = new WarehouseQuery(catalogDir(args, warehouse(args)));
        new ComparisonReport(query, Path.of("sql")).print(args.positional(), out);
        return 0;
    }

    private int export(Arguments args) throws Exception {
        WarehouseQuery query = new WarehouseQuery(catalogDir(args, warehouse(args)));
        Path target = Path.of(args.option("out")
                .orElseThrow(() -> new IllegalArgumentException("export needs --out=<file or folder>")));
        String format = args.option("format").orElse("csv");
        switch (format) {
            case "csv" -> {
                String view = args.option("view")
                        .orElseThrow(() -> new IllegalArgumentException("export --format=csv needs --view=<name>"));
                long rows = new CsvViewExport(query).export(view, target, args.options().containsKey("bom"));
                out.println("wrote " + rows + " rows of " + view + " to " + target);
            }
            case "fdp" -> {
                long rows = new FiscalDataPackageExport(query).export(target);
                out.println("wrote a Fiscal Data Package (" + rows + " rows) to " + target);
            }
            default -> throw new IllegalArgumentException("unknown export format " + format + " (csv or fdp)");
        }
        return 0;
    }

    private static int keepVersions(Arguments args) {
        String value = args.option("keep-versions").orElse(String.valueOf(WarehouseVersions.DEFAULT_KEEP));
        try {
            int keep = Integer.parseInt(value);
            if (keep >= 1) {
                return keep;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--keep-versions needs a whole number of at least 1, not " + value);
    }

    private int benchmark(Arguments args) throws Exception {
        int rounds = Integer.parseInt(args.option("rounds").orElse("3"));
        String source = args.option("from").map(FiscalWarehouseCli::normaliseSource)
                .orElse(SourceLocation.BUNDLED_SAMPLE);
        new Benchmark(out).run(source, rounds, UnitCatalogue.loadPreferring(Path.of("jobs", "units.yml")));
        return 0;
    }

    static ConfigurableApplicationContext startContext(IngestSettings settings) {
        return new SpringApplicationBuilder(FiscalWarehouseApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(Map.of(
                        "spring.main.banner-mode", "off",
                        "spring.batch.job.enabled", "false",
                        "spring.batch.jdbc.initialize-schema", "never",
                        "spring.datasource.url", "jdbc:h2:file:" + settings.stateDir().resolve("jobrepo")
                                + ";DB_CLOSE_ON_EXIT=FALSE",
                        "spring.datasource.username", "sa",
                        "logging.level.root", "WARN",
                        // fonts without PostScript names are common in LibreOffice output and harmless
                        "logging.level.org.apache.fontbox", "ERROR",
                        "logging.level.org.apache.pdfbox", "ERROR",
                        "logging.level.org.apache.hadoop", "ERROR",
                        "logging.level.org.fiscalwarehouse", "INFO"))
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("ingestSettings", settings))
                .run();
    }
}
