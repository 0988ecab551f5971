package org.fiscalwarehouse.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands each stage's output to the next as JSON files, one folder per job instance and stage. Because the
 * hand-over is on disk, a restarted job resumes at the failed step with the earlier steps' output intact.
 */
public class StagingArea {

    private final Path root;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    public StagingArea(Path root) {
        this.root = root;
    }

    public Path folder(long jobInstanceId, String stage) {
        return root.resolve("job-" + jobInstanceId).resolve(stage);
    }

    public void write(long jobInstanceId, String stage, String name, Object value) {
        Path dir = folder(jobInstanceId, stage);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            json.writeValue(tmp.toFile(), value);
            Files.move(tmp, dir.resolve(name + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write staging file " + dir.resolve(name), e);
        }
    }

    public <T> T read(long jobInstanceId, String stage, String name, Class<T> type) {
        return json.readValue(folder(jobInstanceId, stage).resolve(name + ".json").toFile(), type);
    }

    /** Every item a stage wrote, in file-name order (stable across runs). */
    public <T> List<T> readAll(long jobInstanceId, String stage, Class<T> type) {
        Path dir = folder(jobInstanceId, stage);
        List<T> items = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return items;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                items.add(json.readValue(f.toFile(), type));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    /** Removes a finished job's hand-over files; the warehouse now holds the result. */
    public void clear(long jobInstanceId) {
        Path dir = root.resolve("job-" + jobInstanceId);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
