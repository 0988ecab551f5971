package org.fiscalwarehouse.batch;

import java.io.PrintStream;
import java.util.List;
import org.fiscalwarehouse.crawl.CrawlFailure;
import org.fiscalwarehouse.crawl.CrawlResult;
import org.fiscalwarehouse.parse.DocumentIdentity;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.reconcile.CheckResult;
import org.fiscalwarehouse.reconcile.CheckStatus;
import org.fiscalwarehouse.reconcile.ReconciledDocument;
import org.springframework.batch.core.job.JobExecution;

/** The summary an operator reads after a run: each document with its status and checks, then what failed and why. */
class RunReport {

    private final PrintStream out;

    RunReport(PrintStream out) {
        this.out = out;
    }

    void print(JobExecution execution, CrawlResult crawl, List<ReconciledDocument> documents) {
        out.printf("Ingest run %d: %s%n", execution.getJobInstance().getInstanceId(), execution.getStatus());
        out.printf("%-18s %-22s %-6s %-7s %-10s %-8s %6s %6s %8s %6s%n", "doc_id", "unit", "year", "kind", "scope",
                "status", "checks", "passed", "repaired", "failed");
        for (ReconciledDocument d : documents) {
            ParsedDocument p = d.document();
            DocumentIdentity id = p.identity();
            List<CheckResult> checks = d.checks();
            out.printf("%-18s %-22s %-6s %-7s %-10s %-8s %6d %6d %8d %6d%n", p.docId(),
                    id == null ? "?" : id.unitCode(), id == null ? "?" : String.valueOf(id.fiscalYear()),
                    id == null ? "?" : id.kind().code(), id == null ? "?" : id.scope().code(), p.status().code(),
                    checks.size(), count(checks, CheckStatus.PASS), count(checks, CheckStatus.REPAIRED),
                    count(checks, CheckStatus.FAIL));
        }
        for (ReconciledDocument d : documents) {
            ParsedDocument p = d.document();
            if (p.statusReason() != null && !p.statusReason().isBlank()) {
                out.printf("%s %s: %s — %s%n", p.status().code().toUpperCase(), p.fileName(), p.docId(),
                        p.statusReason());
            }
        }
        for (CrawlFailure f : crawl.failures()) {
            out.printf("NOT FETCHED %s — %s%n", f.url(), f.reason());
        }
        execution.getAllFailureExceptions().forEach(e -> out.println("JOB FAILURE: " + e));
    }

    private static long count(List<CheckResult> checks, CheckStatus status) {
        return checks.stream().filter(c -> c.status() == status).count();
    }
}
