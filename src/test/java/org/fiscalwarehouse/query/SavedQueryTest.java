package org.fiscalwarehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedQueryTest {

    @Test
    void theQuestionIsTheOpeningCommentUpToItsQuestionMark() {
        SavedQuery q = SavedQuery.of("x", """
                -- Failed checks: which reconciliation checks failed, in which unit's document,
                -- and by how much?
                -- One row per check.
                SELECT 1;
                """);
        assertThat(q.question()).isEqualTo(
                "Failed checks: which reconciliation checks failed, in which unit's document, and by how much?");
        assertThat(SavedQuery.of("y", "-- Units\nSELECT 1").question()).isEqualTo("Units");
        assertThat(SavedQuery.of("z", "SELECT 1").question()).isEqualTo("z");
    }

    @Test
    void isFoundByPathByNameInTheProjectAndByNameInTheJar(@TempDir Path project) throws Exception {
        Path file = project.resolve("mine.sql");
        Files.writeString(file, "-- Mine: what is one?\nSELECT 1");
        assertThat(SavedQuery.locate(file.toString(), null).name()).isEqualTo("mine");

        Files.createDirectories(project.resolve("queries"));
        Files.writeString(project.resolve("queries/sangong_trend.sql"), "-- Edited: the analyst's own copy?\nSELECT 2");
        assertThat(SavedQuery.locate("sangong_trend", project).sql()).contains("SELECT 2");
        assertThat(SavedQuery.locate("queries/sangong_trend.sql", project).sql()).contains("SELECT 2");

        // not in this project folder: the copy on the classpath (inside the jar)
        SavedQuery bundled = SavedQuery.locate("failed_checks.sql", project);
        assertThat(bundled.question()).startsWith("Failed checks:");
        assertThatThrownBy(() -> SavedQuery.locate("no_such_query", project))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no_such_query");
    }
}
