package org.fiscalwarehouse.batch;

import java.io.PrintStream;
import java.util.List;
import org.fiscalwarehouse.crawl.CrawlFailure;
import org.fiscalwarehouse.crawl.CrawlResult;
import org.fiscalwarehouse.crawl.CrawledFile;
import org.fiscalwarehouse.crawl.FileChange;
import org.fiscalwarehouse.parse.DocumentIdentity;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.reconcile.CheckResult;
import org.fiscalwarehouse.reconcile.CheckStatus;
import org.fiscalwarehouse.reconcile.ReconciledDocument;
import org.springframework.batch.core.job.JobExecution;

/**
 * The summary an operator reads after a run: what the crawl found (new, changed, unchanged), each document parsed
 * this run with its status and checks, then what was rejected or not fetched, and why.
 */
class RunReport {

    private final PrintStream out;

    RunReport(PrintStream out) {
        this.out = out;
    }

    void print(JobExecution execution, CrawlResult crawl, List<ReconciledDocument> documents) {
        out.printf("Ingest run %d: %s%n", execution.getJobInstance().getInstanceId(), execution.getStatus());
        out.printf("Files: %d new, %d changed, %d unchanged (not parsed again); %d rejected at the crawl, %d not "
                        + "fetched; %d documents parsed this run%n", crawl.count(FileChange.NEW),
                crawl.count(FileChange.CHANGED), crawl.count(FileChange.UNCHANGED),
                crawl.count(CrawlFailure.Kind.REJECTED),
                crawl.count(CrawlFailure.Kind.NOT_FETCHED) + crawl.count(CrawlFailure.Kind.DISALLOWED),
                documents.size());
        for (CrawledFile f : crawl.files()) {
            if (f.change() != FileChange.UNCHANGED) {
                out.printf("%s %s %s (%s)%n", f.change().name(), f.file().docId(), f.file().fileName(),
                        f.file().sourceUrl());
            }
        }
        if (!documents.isEmpty()) {
            out.printf("%-18s %-22s %-6s %-7s %-10s %-8s %6s %6s %8s %6s%n", "doc_id", "unit", "year", "kind",
                    "scope", "status", "checks", "passed", "repaired", "failed");
        }
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
            String what = switch (f.kind()) {
                case REJECTED -> "REJECTED AT CRAWL";
                case DISALLOWED -> "NOT FETCHED (robots.txt)";
                case NOT_FETCHED -> "NOT FETCHED";
            };
            out.printf("%s %s — %s%n", what, f.url(), f.reason());
        }
        execution.getAllFailureExceptions().forEach(e -> out.println("JOB FAILURE: " + e));
    }

    private static long count(List<CheckResult> checks, CheckStatus status) {
        return checks.stream().filter(c -> c.status() == status).count();
    }
}
