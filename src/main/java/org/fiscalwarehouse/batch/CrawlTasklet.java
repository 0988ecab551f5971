package org.fiscalwarehouse.batch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.time.Clock;
import java.util.List;
import org.fiscalwarehouse.crawl.CrawlResult;
import org.fiscalwarehouse.crawl.DisclosureLinkRule;
import org.fiscalwarehouse.crawl.HttpResourceFetcher;
import org.fiscalwarehouse.crawl.ResourceFetcher;
import org.fiscalwarehouse.crawl.LandingZone;
import org.fiscalwarehouse.crawl.LocalFolderSource;
import org.fiscalwarehouse.crawl.LocalResourceFetcher;
import org.fiscalwarehouse.crawl.SiteCrawler;
import org.fiscalwarehouse.crawl.SourceLocation;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 1: fetch the source's disclosure files into the landing zone and hand their list to extract. */
class CrawlTasklet implements Tasklet {

    static final String STAGE = "crawl";
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    private final StagingArea staging;
    private final IngestSettings settings;
    private final Clock clock;

    CrawlTasklet(StagingArea staging, IngestSettings settings, Clock clock) {
        this.staging = staging;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance()
                .getInstanceId();
        String source = chunkContext.getStepContext().getJobParameters().get("source").toString();
        LandingZone landing = new LandingZone(settings.stateDir().resolve("landing"));
        SourceLocation location = SourceLocation.parse(source);
        CrawlResult result = switch (location.kind()) {
            case LOCAL -> new LocalFolderSource(landing, clock).collect(Path.of(location.value()));
            case SITE -> new SiteCrawler(fetchersFor(location.value()), landing, new DisclosureLinkRule(), 3, 500,
                    clock).crawl(location.value());
        };
        contribution.incrementWriteCount(result.files().size());
        staging.write(instance, STAGE, "result", result);
        return RepeatStatus.FINISHED;
    }

    /** Local mirrors need no network; a web start page allows its own host only. */
    private static List<ResourceFetcher> fetchersFor(String startUrl) {
        if (startUrl.startsWith("http://") || startUrl.startsWith("https://")) {
            return List.of(new HttpResourceFetcher(Set.of(URI.create(startUrl).getHost()), MAX_FILE_BYTES,
                    Duration.ofSeconds(10), Duration.ofSeconds(60)));
        }
        return List.of(new LocalResourceFetcher(MAX_FILE_BYTES));
    }
}
