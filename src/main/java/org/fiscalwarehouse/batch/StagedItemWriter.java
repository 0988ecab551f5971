package org.fiscalwarehouse.batch;

import java.util.function.Function;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes each item of a stage to the staging area under a stable name (the document id), so reruns overwrite. */
class StagedItemWriter<T> implements ItemWriter<T> {

    private final StagingArea staging;
    private final long jobInstanceId;
    private final String stage;
    private final Function<T, String> name;

    StagedItemWriter(StagingArea staging, long jobInstanceId, String stage, Function<T, String> name) {
        this.staging = staging;
        this.jobInstanceId = jobInstanceId;
        this.stage = stage;
        this.name = name;
    }

    @Override
    public void write(Chunk<? extends T> chunk) {
        for (T item : chunk) {
            staging.write(jobInstanceId, stage, name.apply(item), item);
        }
    }
}
