package org.fiscalwarehouse.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.fiscalwarehouse.parse.DocumentStatus;
import org.fiscalwarehouse.parse.UnitCatalogue;
import org.fiscalwarehouse.reconcile.ReconciledDocument;
import org.fiscalwarehouse.warehouse.UnitRow;
import org.fiscalwarehouse.warehouse.WarehousePublisher;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Step 5: add the run's reconciled documents to the document store, then publish every stored document (earlier
 * runs' too) as a new version of the star schema, switch the warehouse and its DuckDB catalogue to it, and prune
 * old versions.
 */
class PublishTasklet implements Tasklet {

    static final String STAGE_INPUT = "reconcile";

    private final StagingArea staging;
    private final IngestSettings settings;
    private final UnitCatalogue units;
    private final DocumentStore store;

    PublishTasklet(StagingArea staging, IngestSettings settings, UnitCatalogue units, DocumentStore store) {
        this.staging = staging;
        this.settings = settings;
        this.units = units;
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance()
                .getInstanceId();
        List<ReconciledDocument> runDocuments = staging.readAll(instance, STAGE_INPUT, ReconciledDocument.class);
        runDocuments.forEach(store::put);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putInt(RunCounts.DOCUMENTS_REJECTED, (int) runDocuments.stream()
                        .filter(d -> d.document().status() == DocumentStatus.REJECTED).count());
        List<ReconciledDocument> documents = store.all();
        List<UnitRow> unitRows = units.units().stream()
                .map(u -> new UnitRow(u.code(), u.nameZh(), u.regionZh(), u.adminLevel(), u.unitTypeZh()))
                .toList();
        contribution.incrementWriteCount(documents.size());
        WarehousePublisher.withDefaults(settings.keepVersions()).publish(documents, unitRows, settings.warehouse(),
                settings.catalogDir(), viewDefinitions());
        return RepeatStatus.FINISHED;
    }

    /**
     * The project's {@code sql/} when run from the project folder (so an analyst's edit applies), else the copy
     * inside the jar, written out to the state folder because DuckDB runs files.
     */
    private Path viewDefinitions() throws IOException {
        if (Files.isDirectory(settings.sqlDir().resolve("views"))) {
            return settings.sqlDir();
        }
        Path target = settings.stateDir().resolve("sql");
        Path views = target.resolve("views");
        Files.createDirectories(views);
        Resource[] bundled = new PathMatchingResourcePatternResolver().getResources("classpath*:sql/views/*.sql");
        for (Resource r : bundled) {
            try (InputStream in = r.getInputStream()) {
                Files.copy(in, views.resolve(r.getFilename()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }
}
