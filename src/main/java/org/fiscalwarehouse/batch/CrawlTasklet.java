package org.fiscalwarehouse.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.fiscalwarehouse.crawl.CrawlFailure;
import org.fiscalwarehouse.crawl.CrawlManifest;
import org.fiscalwarehouse.crawl.CrawlResult;
import org.fiscalwarehouse.crawl.CrawlSource;
import org.fiscalwarehouse.crawl.CrawlSourcesFile;
import org.fiscalwarehouse.crawl.CrawledFile;
import org.fiscalwarehouse.crawl.FileChange;
import org.fiscalwarehouse.crawl.LandingZone;
import org.fiscalwarehouse.crawl.LocalFolderSource;
import org.fiscalwarehouse.crawl.SourceFile;
import org.fiscalwarehouse.crawl.SourceCollector;
import org.fiscalwarehouse.crawl.SourceLocation;
import org.fiscalwarehouse.crawl.SourcesCrawler;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1: fetch the source's disclosure files into the landing zone, then hand extract only the files whose
 * document the warehouse does not hold yet (all of them with {@code reprocess}), so an unchanged file is never
 * parsed again.
 */
class CrawlTasklet implements Tasklet {

    static final String STAGE = "crawl";
    static final String RESULT = "result";
    static final String HANDOVER = "handover";

    private final StagingArea staging;
    private final IngestSettings settings;
    private final CrawlManifest manifest;
    private final DocumentStore documents;
    private final Clock clock;

    CrawlTasklet(StagingArea staging, IngestSettings settings, CrawlManifest manifest, DocumentStore documents,
                 Clock clock) {
        this.staging = staging;
        this.settings = settings;
        this.manifest = manifest;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long instance = jobExecution.getJobInstance().getInstanceId();
        var parameters = jobExecution.getJobParameters();
        boolean reprocess = "true".equals(parameters.getString("reprocess"));
        LandingZone landing = new LandingZone(settings.stateDir().resolve("landing"));
        SourceLocation location = SourceLocation.parse(parameters.getString("source"));
        CrawlResult result = new SourceCollector(landing, manifest, clock).collect(location);
        List<SourceFile> toExtract = result.files().stream().map(CrawledFile::file)
                .filter(f -> reprocess || !documents.contains(f.docId())).toList();
        staging.write(instance, STAGE, RESULT, result);
        staging.write(instance, STAGE, HANDOVER, new CrawlHandover(toExtract));
        contribution.incrementWriteCount(toExtract.size());

        ExecutionContext counts = jobExecution.getExecutionContext();
        counts.putInt(RunCounts.NEW, (int) result.count(FileChange.NEW));
        counts.putInt(RunCounts.CHANGED, (int) result.count(FileChange.CHANGED));
        counts.putInt(RunCounts.UNCHANGED, (int) result.count(FileChange.UNCHANGED));
        counts.putInt(RunCounts.CRAWL_REJECTED, (int) result.count(CrawlFailure.Kind.REJECTED));
        counts.putInt(RunCounts.NOT_FETCHED, (int) (result.count(CrawlFailure.Kind.NOT_FETCHED)
                + result.count(CrawlFailure.Kind.DISALLOWED)));
        counts.putInt(RunCounts.PARSED, toExtract.size());
        return RepeatStatus.FINISHED;
    }

}
