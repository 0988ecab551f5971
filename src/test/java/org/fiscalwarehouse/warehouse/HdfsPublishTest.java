package org.fiscalwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.fiscalwarehouse.WarehouseDb;

/**
 * Publishes to an in-process HDFS (MiniDFSCluster: a namenode and a datanode on localhost ports) through the same
 * Hadoop client code a real hdfs:// warehouse uses: versions, the CURRENT pointer renamed in place, pruning.
 */
class HdfsPublishTest {

    @TempDir
    static Path temp;

    static MiniDFSCluster cluster;
    static Configuration conf;
    static String warehouse;

    @BeforeAll
    static void startHdfs() throws Exception {
        Configuration clusterConf = new Configuration();
        clusterConf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, temp.resolve("dfs").toString());
        cluster = new MiniDFSCluster.Builder(clusterConf).numDataNodes(1).build();
        cluster.waitActive();
        // the publisher's own configuration, as in production, plus where the test cluster's namenode is
        conf = ParquetTableWriter.defaultConfiguration();
        conf.setInt("dfs.replication", 1);
        // a file's close polls the namenode until its block is reported; the default first wait is 400 ms a file
        conf.setInt("dfs.client.block.write.locateFollowingBlock.initial.delay.ms", 20);
        warehouse = cluster.getFileSystem().getUri() + "/fiscal/warehouse";
    }

    @AfterAll
    static void stopHdfs() {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    private static WarehousePublisher publisher(int keep) {
        return new WarehousePublisher(new ParquetTableWriter(conf), new DuckDbCatalog(conf), keep);
    }

    @Test
    void writesVersionedParquetToHdfsAndKeepsTheCatalogueOnLocalDisk() throws Exception {
        Path catalogue = temp.resolve("catalogue");
        WarehousePublisher.PublishSummary first = publisher(2).publish(WarehouseFixture.documents(),
                WarehouseFixture.units(), warehouse, catalogue, Path.of("sql"));
        FileSystem hdfs = cluster.getFileSystem();
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(warehouse);
        assertThat(read(hdfs, new org.apache.hadoop.fs.Path(root, "CURRENT"))).isEqualTo(first.version());
        org.apache.hadoop.fs.Path version = new org.apache.hadoop.fs.Path(root, "versions/" + first.version());
        assertThat(hdfs.exists(new org.apache.hadoop.fs.Path(version, "_SUCCESS"))).isTrue();

        org.apache.hadoop.fs.Path sangong2023 = new org.apache.hadoop.fs.Path(version,
                "fact_sangong/fiscal_year=2023/part-0.parquet");
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(sangong2023, conf))) {
            assertThat(reader.getRecordCount()).isEqualTo(9L);
            assertThat(reader.getFooter().getFileMetaData().getSchema().getType("amount_wan")
                    .getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.decimalType(2, 18));
        }
        assertThat(names(hdfs, new org.apache.hadoop.fs.Path(version, "fact_sangong")))
                .containsExactly("fiscal_year=2022", "fiscal_year=2023", "fiscal_year=2024");

        // the catalogue is local and says plainly that DuckDB cannot read hdfs://
        assertThat(catalogue.resolve("fiscal.duckdb")).isRegularFile();
        try (Connection c = WarehouseDb.readOnly(catalogue); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT count(*) FROM fact_sangong").close())
                    .hasMessageContaining("DuckDB cannot read").hasMessageContaining("hdfs://");
        }

        // another publish keeping one version: CURRENT is renamed over in place, the first version pruned
        WarehousePublisher.PublishSummary second = publisher(1).publish(List.of(WarehouseFixture.fuzhou2022()),
                WarehouseFixture.units(), warehouse, catalogue, Path.of("sql"));
        assertThat(read(hdfs, new org.apache.hadoop.fs.Path(root, "CURRENT"))).isEqualTo(second.version());
        assertThat(names(hdfs, new org.apache.hadoop.fs.Path(root, "versions"))).containsExactly(second.version());
        assertThat(names(hdfs, root)).containsExactly("CURRENT", "versions");
    }

    private static String read(FileSystem fs, org.apache.hadoop.fs.Path file) throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
            return in.readLine();
        }
    }

    private static List<String> names(FileSystem fs, org.apache.hadoop.fs.Path dir) throws Exception {
        return Arrays.stream(fs.listStatus(dir)).map(FileStatus::getPath).map(org.apache.hadoop.fs.Path::getName)
                .sorted().toList();
    }
}
