package org.fiscalwarehouse.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.fiscalwarehouse.cli.FiscalWarehouseCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed run is finished by the next ingest without redoing its completed steps; two runs never overlap. */
class IngestRestartAndLockTest {

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new FiscalWarehouseCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** (job execution id, step name, status) rows of the job repository, in execution order. */
    static List<String> stepExecutions(Path stateDir) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + stateDir.resolve("jobrepo"), "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT JOB_EXECUTION_ID, STEP_NAME, STATUS FROM BATCH_STEP_EXECUTION"
                     + " ORDER BY STEP_EXECUTION_ID")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + ":" + rs.getString(2) + ":" + rs.getString(3));
            }
        }
        return rows;
    }

    @Test
    void restartsAFailedRunAtTheStepThatFailed() throws Exception {
        Path state = temp.resolve("state");
        Path sample = temp.resolve("in");
        Files.createDirectories(sample);
        Files.copy(Path.of("src/test/resources/corpus/text/fujian-fund-centre-2023-final.txt"),
                sample.resolve("a.txt"));
        // the warehouse path is taken by a file, so publishing (the last step) fails
        Path warehouse = temp.resolve("warehouse");
        Files.writeString(warehouse, "in the way");

        Run failed = cli("ingest", "--from=" + sample, "--warehouse=" + warehouse, "--state-dir=" + state);
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).contains("FAILED");

        Files.delete(warehouse);
        Run restarted = cli("ingest", "--from=" + sample, "--warehouse=" + warehouse, "--state-dir=" + state);
        assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isZero();
        assertThat(restarted.out()).contains("Restarting run").contains("COMPLETED");

        List<String> steps = stepExecutions(state);
        assertThat(steps).containsExactly("1:crawl:COMPLETED", "1:extract:COMPLETED", "1:parse:COMPLETED",
                "1:reconcile:COMPLETED", "1:publish:FAILED", "2:publish:COMPLETED");
        assertThat(warehouse.resolve("fiscal.duckdb")).exists();
    }

    @Test
    void refusesToStartWhileAnotherRunHoldsTheWarehouse() throws Exception {
        Path warehouse = temp.resolve("warehouse");
        try (IngestLock held = IngestLock.tryAcquire(warehouse.resolve("_state")).orElseThrow()) {
            Run second = cli("ingest", "--warehouse=" + warehouse);
            assertThat(second.exitCode()).isEqualTo(3);
            assertThat(second.err()).contains("another ingest is running");
        }
    }

    @Test
    void listsRejectedFilesWithTheirReasonsAndLoadsTheRest() throws Exception {
        Path warehouse = temp.resolve("warehouse");
        Run run = cli("ingest", "--from=src/test/resources/corpus/bad", "--warehouse=" + warehouse);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();

        Run query = cli("query", "--warehouse=" + warehouse,
                "SELECT file_name, status, status_reason FROM dim_document ORDER BY file_name");
        assertThat(query.exitCode()).isZero();
        List<String> rows = query.out().lines().toList();
        assertThat(rows).contains(
                "file_name,status,status_reason",
                "empty.pdf,rejected,empty file (0 bytes)",
                "encrypted-user-password.pdf,rejected,encrypted PDF: a user password is required",
                "html-error-page.pdf,rejected,not a PDF: the file is an HTML page (server error page served as .pdf?)",
                "scanned-no-text-layer.pdf,rejected,"
                        + "no text layer: the PDF holds only images (scanned); OCR is not supported",
                "truncated.pdf,rejected,"
                        + "damaged PDF: truncated or corrupt (Missing root object specification in trailer.)");
        // only an owner password (permissions): readable, so it is loaded like any other account
        assertThat(rows).filteredOn(r -> r.startsWith("encrypted-owner-password.pdf,"))
                .singleElement().satisfies(r -> assertThat(r).doesNotContain(",rejected,"));
        assertThat(run.out()).contains("REJECTED empty.pdf").contains("REJECTED truncated.pdf");
    }
}
