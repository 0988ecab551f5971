package org.fiscalwarehouse.batch;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import javax.sql.DataSource;
import org.fiscalwarehouse.crawl.CrawlResult;
import org.fiscalwarehouse.reconcile.ReconciledDocument;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts the ingest job, or restarts the last run when it failed or died on the same source and warehouse (its
 * completed steps are not redone), then prints what happened to each document.
 */
@Component
public class IngestRunner {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestJob;
    private final DataSource dataSource;
    private final StagingArea staging;

    public IngestRunner(JobOperator jobOperator, JobRepository jobRepository, Job ingestJob, DataSource dataSource,
                        StagingArea staging) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestJob = ingestJob;
        this.dataSource = dataSource;
        this.staging = staging;
    }

    /** Runs the job; the caller holds the {@link IngestLock}. Returns the process exit code. */
    public int run(String source, String warehouse, PrintStream out) throws Exception {
        return run(source, warehouse, false, out);
    }

    /**
     * @param reprocess extract and parse every file the crawl finds again, also those the warehouse holds already
     *                  (after a parser improvement); otherwise only new files are parsed
     */
    public int run(String source, String warehouse, boolean reprocess, PrintStream out) throws Exception {
        JobRepositorySchema.ensure(dataSource);
        JobExecution execution = unfinishedRun(source, warehouse);
        if (execution != null) {
            out.println("Restarting run " + execution.getJobInstance().getInstanceId() + " (last status "
                    + execution.getStatus() + "); completed steps are kept.");
            execution = jobOperator.restart(execution);
        } else {
            JobParameters parameters = new JobParametersBuilder()
                    .addString("source", source)
                    .addString("warehouse", warehouse)
                    .addString("reprocess", String.valueOf(reprocess))
                    .addString("started", Instant.now().toString())
                    .toJobParameters();
            execution = jobOperator.start(ingestJob, parameters);
        }
        long instance = execution.getJobInstance().getInstanceId();
        new RunReport(out).print(execution, crawlResult(instance),
                staging.readAll(instance, PublishTasklet.STAGE_INPUT, ReconciledDocument.class));
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            staging.clear(instance);
            return 0;
        }
        return 1;
    }

    /** The last run of this source into this warehouse, if it did not complete. */
    private JobExecution unfinishedRun(String source, String warehouse) throws SQLException {
        JobInstance last = jobRepository.getLastJobInstance(IngestJobConfiguration.JOB_NAME);
        if (last == null) {
            return null;
        }
        JobExecution lastExecution = jobRepository.getLastJobExecution(last);
        if (lastExecution == null || lastExecution.getStatus() == BatchStatus.COMPLETED
                || lastExecution.getStatus() == BatchStatus.ABANDONED) {
            return null;
        }
        JobParameters p = lastExecution.getJobParameters();
        if (!Objects.equals(source, p.getString("source")) || !Objects.equals(warehouse, p.getString("warehouse"))) {
            return null;
        }
        if (lastExecution.getStatus().isRunning()) {
            // we hold the ingest lock, so a run still marked running died with its process
            lastExecution = jobOperator.recover(lastExecution);
        }
        return lastExecution;
    }

    private CrawlResult crawlResult(long instance) {
        try {
            return staging.read(instance, CrawlTasklet.STAGE, CrawlTasklet.RESULT, CrawlResult.class);
        } catch (RuntimeException e) {
            return CrawlResult.empty();
        }
    }
}
