package org.fiscalwarehouse.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import javax.sql.DataSource;
import org.fiscalwarehouse.crawl.CrawlManifest;
import org.fiscalwarehouse.crawl.SourceFile;
import org.fiscalwarehouse.extract.DocumentExtractor;
import org.fiscalwarehouse.extract.ExtractedDocument;
import org.fiscalwarehouse.parse.DocumentParser;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.UnitCatalogue;
import org.fiscalwarehouse.reconcile.ReconciledDocument;
import org.fiscalwarehouse.reconcile.Reconciler;
import org.fiscalwarehouse.reconcile.Tolerance;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly ingest job: crawl → extract → parse → reconcile → publish, one step per stage. Each step reads the
 * previous step's hand-over files and writes its own, so a failed run restarts at the step that failed.
 */
@Configuration
public class IngestJobConfiguration {

    static final String JOB_NAME = "ingest";
    private static final String INSTANCE = "#{stepExecution.jobExecution.jobInstance.instanceId}";

    @Bean
    Job ingestJob(JobRepository jobRepository, Step crawlStep, Step extractStep, Step parseStep,
                  Step reconcileStep, Step publishStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(crawlStep)
                .next(extractStep)
                .next(parseStep)
                .next(reconcileStep)
                .next(publishStep)
                .build();
    }

    @Bean
    Step crawlStep(JobRepository jobRepository, PlatformTransactionManager tx, StagingArea staging,
                   IngestSettings settings, CrawlManifest crawlManifest, DocumentStore documentStore) {
        return new StepBuilder("crawl", jobRepository)
                .tasklet(new CrawlTasklet(staging, settings, crawlManifest, documentStore, Clock.systemUTC()), tx)
                .build();
    }

    @Bean
    Step extractStep(JobRepository jobRepository, PlatformTransactionManager tx,
                     ListItemReader<SourceFile> crawledFiles, StagedItemWriter<ExtractedDocument> extractedWriter) {
        DocumentExtractor extractor = DocumentExtractor.withDefaultReaders();
        return new StepBuilder("extract", jobRepository)
                .<SourceFile, ExtractedDocument>chunk(1)
                .transactionManager(tx)
                .reader(crawledFiles)
                .processor(f -> extractor.extract(f.docId(), f.sourceUrl(), f.fileName(), f.sha256(),
                        f.fetchedAt(), f.localPath()))
                .writer(extractedWriter)
                .build();
    }

    @Bean
    Step parseStep(JobRepository jobRepository, PlatformTransactionManager tx,
                   ListItemReader<ExtractedDocument> extractedDocuments, StagedItemWriter<ParsedDocument> parsedWriter,
                   UnitCatalogue units) {
        DocumentParser parser = DocumentParser.withDefaultParsers(units);
        return new StepBuilder("parse", jobRepository)
                .<ExtractedDocument, ParsedDocument>chunk(1)
                .transactionManager(tx)
                .reader(extractedDocuments)
                .processor(parser::parse)
                .writer(parsedWriter)
                .build();
    }

    @Bean
    Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager tx,
                       ListItemReader<ParsedDocument> parsedDocuments,
                       ReconcileProcessor reconciler,
                       StagedItemWriter<ReconciledDocument> reconciledWriter) {
        return new StepBuilder("reconcile", jobRepository)
                .<ParsedDocument, ReconciledDocument>chunk(1)
                .transactionManager(tx)
                .reader(parsedDocuments)
                .processor(reconciler)
                .writer(reconciledWriter)
                .build();
    }

    @Bean
    @StepScope
    ReconcileProcessor reconciler(StagingArea staging, DocumentStore documentStore, @Value(INSTANCE) long instance) {
        return new ReconcileProcessor(Reconciler.withDefaultChecks(Tolerance.DEFAULT),
                staging.readAll(instance, "parse", ParsedDocument.class), documentStore);
    }

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager tx, StagingArea staging,
                     IngestSettings settings, UnitCatalogue units, DocumentStore documentStore) {
        return new StepBuilder("publish", jobRepository)
                .tasklet(new PublishTasklet(staging, settings, units, documentStore), tx)
                .build();
    }

    // ---- hand-over readers and writers, bound to the running job instance

    @Bean
    @StepScope
    ListItemReader<SourceFile> crawledFiles(StagingArea staging, @Value(INSTANCE) long instance) {
        return new ListItemReader<>(staging.read(instance, CrawlTasklet.STAGE, CrawlTasklet.HANDOVER,
                CrawlHandover.class).files());
    }

    @Bean
    @StepScope
    StagedItemWriter<ExtractedDocument> extractedWriter(StagingArea staging, @Value(INSTANCE) long instance) {
        return new StagedItemWriter<>(staging, instance, "extract", ExtractedDocument::docId);
    }

    @Bean
    @StepScope
    ListItemReader<ExtractedDocument> extractedDocuments(StagingArea staging, @Value(INSTANCE) long instance) {
        return new ListItemReader<>(staging.readAll(instance, "extract", ExtractedDocument.class));
    }

    @Bean
    @StepScope
    StagedItemWriter<ParsedDocument> parsedWriter(StagingArea staging, @Value(INSTANCE) long instance) {
        return new StagedItemWriter<>(staging, instance, "parse", ParsedDocument::docId);
    }

    @Bean
    @StepScope
    ListItemReader<ParsedDocument> parsedDocuments(StagingArea staging, @Value(INSTANCE) long instance) {
        return new ListItemReader<>(staging.readAll(instance, "parse", ParsedDocument.class));
    }

    @Bean
    @StepScope
    StagedItemWriter<ReconciledDocument> reconciledWriter(StagingArea staging, @Value(INSTANCE) long instance) {
        return new StagedItemWriter<>(staging, instance, PublishTasklet.STAGE_INPUT, d -> d.document().docId());
    }

    // ---- shared pieces

    @Bean
    StagingArea stagingArea(IngestSettings settings) {
        return new StagingArea(settings.stateDir().resolve("staging"));
    }

    /** Reconciled documents of every run, by doc_id: what the warehouse is published from. */
    @Bean
    DocumentStore documentStore(IngestSettings settings) {
        return new DocumentStore(settings.stateDir().resolve("documents"));
    }

    /** Every URL seen, in the state database beside the job repository (its table is made at start-up). */
    @Bean
    CrawlManifest crawlManifest(DataSource dataSource) {
        return new CrawlManifest(dataSource);
    }

    @Bean
    UnitCatalogue unitCatalogue(IngestSettings settings) {
        try {
            return UnitCatalogue.loadPreferring(settings.unitsFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the unit catalogue " + settings.unitsFile(), e);
        }
    }
}
