package org.fiscalwarehouse.query;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * The {@code report} command: runs the standard comparisons (saved queries under {@code sql/queries/}) over the
 * warehouse and prints each as an aligned table headed by the question it answers.
 */
public final class ComparisonReport {

    /** The standard comparisons, in the order the report prints them. */
    public static final List<String> STANDARD = List.of("unit_year_summary", "sangong_trend",
            "sangong_execution_rate", "project_execution_league", "subject_yoy", "failed_checks");

    private final WarehouseQuery query;
    private final Path sqlDir;

    /** @param sqlDir the project's {@code sql/} (its queries win over the jar's copies); may be null */
    public ComparisonReport(WarehouseQuery query, Path sqlDir) {
        this.query = query;
        this.sqlDir = sqlDir;
    }

    /** Prints the named comparisons (all standard ones when {@code names} is empty); returns how many it printed. */
    public int print(List<String> names, PrintStream out) throws IOException, SQLException {
        List<String> chosen = names.isEmpty() ? STANDARD : names;
        for (int i = 0; i < chosen.size(); i++) {
            SavedQuery saved = SavedQuery.locate(chosen.get(i), sqlDir);
            QueryResult result = query.fetch(saved.sql());
            out.println((i > 0 ? "\n" : "") + saved.question() + "  [" + saved.name() + "]");
            out.print(result.rows().isEmpty() ? "(no rows)\n" : TerminalTable.render(result));
            if (!result.rows().isEmpty()) {
                out.println("(" + result.rows().size() + (result.rows().size() == 1 ? " row)" : " rows)"));
            }
        }
        return chosen.size();
    }
}
