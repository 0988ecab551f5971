package org.fiscalwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WarehouseLocationTest {

    @Test
    void aRelativeDirectoryBecomesAnAbsoluteLocalPath() {
        WarehouseLocation location = WarehouseLocation.of("warehouse/");
        assertThat(location.isLocal()).isTrue();
        assertThat(location.duckDbPath()).isEqualTo(Path.of("warehouse").toAbsolutePath().toString());
    }

    @Test
    void aFileUriIsLocal() {
        WarehouseLocation location = WarehouseLocation.of("file:///data/fiscal/warehouse/");
        assertThat(location.isLocal()).isTrue();
        assertThat(location.duckDbPath()).isEqualTo("/data/fiscal/warehouse");
        assertThat(location.table(WarehouseSchema.FACT_STAT).toString()).isEqualTo("file:/data/fiscal/warehouse/fact_stat");
    }

    @Test
    void remoteUrisStayRemoteAndS3aReadsAsS3InDuckDb() {
        assertThat(WarehouseLocation.of("hdfs://nn:8020/fiscal").isLocal()).isFalse();
        WarehouseLocation s3 = WarehouseLocation.of("s3a://bucket/fiscal");
        assertThat(s3.isLocal()).isFalse();
        assertThat(s3.duckDbPath()).isEqualTo("s3://bucket/fiscal");
        assertThat(s3.table(WarehouseSchema.DIM_UNIT).toString()).isEqualTo("s3a://bucket/fiscal/dim_unit");
    }
}
