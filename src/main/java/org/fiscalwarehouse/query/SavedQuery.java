package org.fiscalwarehouse.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An analyst query kept as a file under {@code sql/queries/}: its SQL and the question it answers, which is the
 * file's opening comment ({@code -- 三公 trend: how did …?}). Found by path, or by name in the project's
 * {@code sql/queries/} and then in the copy inside the jar, so {@code query --file=sangong_trend} works anywhere.
 *
 * @param name     the file name without {@code .sql}
 * @param question the opening comment's first sentence-line(s) up to the question mark, or its first line
 * @param sql      the whole file
 */
public record SavedQuery(String name, String question, String sql) {

    public static final String QUERIES_DIR = "queries";

    /**
     * @param fileOrName a path to a {@code .sql} file, or a saved query's name ({@code sangong_trend}, with or
     *                   without {@code .sql}, with or without {@code sql/queries/})
     * @param sqlDir     the project's {@code sql/} folder, searched before the jar's copy; may be null
     */
    public static SavedQuery locate(String fileOrName, Path sqlDir) throws IOException {
        Path asFile = Path.of(fileOrName);
        if (Files.isRegularFile(asFile)) {
            return of(nameOf(asFile.getFileName().toString()), Files.readString(asFile, StandardCharsets.UTF_8));
        }
        String name = nameOf(asFile.getFileName().toString());
        if (sqlDir != null) {
            Path inProject = sqlDir.resolve(QUERIES_DIR).resolve(name + ".sql");
            if (Files.isRegularFile(inProject)) {
                return of(name, Files.readString(inProject, StandardCharsets.UTF_8));
            }
        }
        try (InputStream in = SavedQuery.class.getClassLoader()
                .getResourceAsStream("sql/" + QUERIES_DIR + "/" + name + ".sql")) {
            if (in == null) {
                throw new IllegalArgumentException("no SQL file " + fileOrName + " and no saved query named " + name);
            }
            return of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Reads the question from the SQL's opening comment lines. */
    public static SavedQuery of(String name, String sql) {
        List<String> comment = new ArrayList<>();
        for (String line : sql.strip().split("\\R")) {
            if (!line.strip().startsWith("--")) {
                break;
            }
            comment.add(line.strip().substring(2).strip());
        }
        String text = String.join(" ", comment);
        int question = text.indexOf('?');
        String title = question >= 0 ? text.substring(0, question + 1) : comment.isEmpty() ? name : comment.get(0);
        return new SavedQuery(name, title, sql);
    }

    private static String nameOf(String fileName) {
        return fileName.endsWith(".sql") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }
}
