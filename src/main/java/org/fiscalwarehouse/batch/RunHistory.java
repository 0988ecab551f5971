package org.fiscalwarehouse.batch;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** {@code status}: the last runs from the job repository, newest first, with what each did with the documents. */
@Component
public class RunHistory {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobRepository jobRepository;
    private final DataSource dataSource;

    public RunHistory(JobRepository jobRepository, DataSource dataSource) {
        this.jobRepository = jobRepository;
        this.dataSource = dataSource;
    }

    /** One run (a job execution; a restart is a further execution of the same run). */
    public record Run(long runId, long executionId, LocalDateTime start, LocalDateTime end, String outcome,
                      String source, RunCounts counts) {
    }

    public List<Run> lastRuns(int limit) throws SQLException {
        JobRepositorySchema.ensure(dataSource);
        List<Run> runs = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, limit)) {
            for (JobExecution e : jobRepository.getJobExecutions(instance)) {
                runs.add(new Run(instance.getInstanceId(), e.getId(), e.getStartTime(), e.getEndTime(),
                        e.getExitStatus().getExitCode(), e.getJobParameters().getString("source"),
                        RunCounts.of(e.getExecutionContext())));
            }
        }
        runs.sort(Comparator.comparingLong(Run::executionId).reversed());
        return runs.size() > limit ? runs.subList(0, limit) : runs;
    }

    public void print(PrintStream out, int limit, ZoneId zone) throws SQLException {
        List<Run> runs = lastRuns(limit);
        if (runs.isEmpty()) {
            out.println("no runs yet");
            return;
        }
        out.printf("%-5s %-19s %-19s %-10s %5s %7s %9s %8s %11s %6s  %s%n", "run", "start", "end", "outcome", "new",
                "changed", "unchanged", "rejected", "not_fetched", "parsed", "source");
        for (Run r : runs) {
            RunCounts c = r.counts();
            out.printf("%-5d %-19s %-19s %-10s %5d %7d %9d %8d %11d %6d  %s%n", r.runId(), time(r.start(), zone),
                    time(r.end(), zone), r.outcome(), c.newFiles(), c.changed(), c.unchanged(), c.rejected(),
                    c.notFetched(), c.parsed(), r.source());
        }
    }

    /** The repository stores local date-times of the machine that ran the job; shown in the zone asked for. */
    private static String time(LocalDateTime t, ZoneId zone) {
        if (t == null) {
            return "-";
        }
        return t.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone).format(TIME);
    }
}
