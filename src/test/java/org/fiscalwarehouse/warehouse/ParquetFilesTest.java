package org.fiscalwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the published Parquet files directly, as Spark or pyarrow would, without DuckDB: their schema (standard
 * logical types only), the Hive partition folders, one file per partition, and the footer (statistics, dictionary
 * pages, row order).
 */
class ParquetFilesTest {

    @TempDir
    static Path warehouse;
    static Path tables;
    static final Configuration CONF = new Configuration();

    @BeforeAll
    static void publish() throws Exception {
        WarehousePublisher.withDefaults().publish(WarehouseFixture.documents(), WarehouseFixture.units(),
                warehouse.toString(), Path.of("sql"));
        tables = WarehouseFixture.currentVersion(warehouse);
    }

    @Test
    void everyFileDeclaresTheTablesColumnsWithStandardLogicalTypes() throws Exception {
        for (WarehouseTable table : WarehouseSchema.ALL) {
            for (Path file : files(table)) {
                MessageType schema = footerSchema(file);
                assertThat(schema.getFields().stream().map(Type::getName).toList()).as(file.toString())
                        .containsExactlyElementsOf(table.fileColumns().stream().map(Column::name).toList());
                for (Column column : table.fileColumns()) {
                    PrimitiveType type = schema.getType(column.name()).asPrimitiveType();
                    assertThat(type.getRepetition()).as(table + "." + column.name())
                            .isEqualTo(column.required() ? Type.Repetition.REQUIRED : Type.Repetition.OPTIONAL);
                    switch (column.type()) {
                        case VARCHAR -> assertType(type, PrimitiveTypeName.BINARY, LogicalTypeAnnotation.stringType());
                        case INTEGER -> assertThat(type.getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.INT32);
                        case MONEY -> assertType(type, PrimitiveTypeName.BINARY, LogicalTypeAnnotation.decimalType(2, 18));
                        case PCT -> assertType(type, PrimitiveTypeName.BINARY, LogicalTypeAnnotation.decimalType(2, 9));
                        case TIMESTAMP -> assertType(type, PrimitiveTypeName.INT64,
                                LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MILLIS));
                    }
                }
            }
        }
    }

    @Test
    void factsLiveInOneFilePerYearFolderAndKeepTheYearOutOfTheFile() throws Exception {
        List<String> sangong = new ArrayList<>();
        for (Path file : files(WarehouseSchema.FACT_SANGONG)) {
            sangong.add(tables.resolve("fact_sangong").relativize(file).toString());
            assertThat(footerSchema(file).containsField("fiscal_year")).isFalse();
        }
        assertThat(sangong).containsExactly("fiscal_year=2022/part-0.parquet", "fiscal_year=2023/part-0.parquet",
                "fiscal_year=2024/part-0.parquet");
        for (WarehouseTable table : WarehouseSchema.ALL) {
            if (!table.partitioned()) {
                assertThat(files(table)).as(table.name()).containsExactly(tables.resolve(table.name() + "/part-0.parquet"));
            }
        }
        assertThat(footerSchema(tables.resolve("dim_document/part-0.parquet")).containsField("fiscal_year")).isTrue();
    }

    @Test
    void everyColumnChunkCarriesStatisticsAndLowCardinalityTextIsDictionaryEncoded() throws Exception {
        Path file = tables.resolve("fact_sangong/fiscal_year=2023/part-0.parquet");
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(hadoop(file), CONF))) {
            for (ColumnChunkMetaData chunk : reader.getRowGroups().get(0).getColumns()) {
                String column = chunk.getPath().toDotString();
                assertThat(chunk.getStatistics().isEmpty()).as("statistics of " + column).isFalse();
                assertThat(chunk.getStatistics().isNumNullsSet()).as("null count of " + column).isTrue();
            }
            ColumnChunkMetaData unit = column(reader, "unit_code");
            assertThat(unit.getStatistics().minAsString()).isEqualTo("fuzhou-hsa");
            assertThat(unit.getStatistics().maxAsString()).isEqualTo("fuzhou-hsa");
            ColumnChunkMetaData amount = column(reader, "amount_wan");
            assertThat(amount.getStatistics().hasNonNullValue()).isTrue();
            for (String lowCardinality : List.of("doc_id", "unit_code", "scope", "category", "phase", "source")) {
                ColumnChunkMetaData chunk = column(reader, lowCardinality);
                assertThat(chunk.hasDictionaryPage()).as("dictionary page of " + lowCardinality).isTrue();
                assertThat(chunk.getEncodings()).as(lowCardinality)
                        .containsAnyOf(Encoding.PLAIN_DICTIONARY, Encoding.RLE_DICTIONARY);
            }
        }
    }

    @Test
    void rowsAreSortedByUnitThenSubjectWithinAFile() throws Exception {
        List<String> keys = new ArrayList<>();
        try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(
                HadoopInputFile.fromPath(hadoop(tables.resolve("fact_func_amount/fiscal_year=2023/part-0.parquet")),
                        CONF)).build()) {
            for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                keys.add(r.get("unit_code") + "/" + r.get("subject_code"));
            }
        }
        assertThat(keys).isSorted().containsExactly("fuzhou-hsa/208", "fuzhou-hsa/20801", "fuzhou-hsa/2080101");
    }

    private static void assertType(PrimitiveType type, PrimitiveTypeName physical, LogicalTypeAnnotation logical) {
        assertThat(type.getPrimitiveTypeName()).as(type.getName()).isEqualTo(physical);
        assertThat(type.getLogicalTypeAnnotation()).as(type.getName()).isEqualTo(logical);
    }

    private static ColumnChunkMetaData column(ParquetFileReader reader, String name) {
        return reader.getRowGroups().get(0).getColumns().stream()
                .filter(c -> c.getPath().toDotString().equals(name)).findFirst().orElseThrow();
    }

    private static MessageType footerSchema(Path file) throws Exception {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(hadoop(file), CONF))) {
            return reader.getFooter().getFileMetaData().getSchema();
        }
    }

    private static List<Path> files(WarehouseTable table) throws Exception {
        try (Stream<Path> walk = Files.walk(tables.resolve(table.name()))) {
            return walk.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
        }
    }

    private static org.apache.hadoop.fs.Path hadoop(Path file) {
        return new org.apache.hadoop.fs.Path(file.toUri());
    }
}
