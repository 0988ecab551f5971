package org.fiscalwarehouse.warehouse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.UnsupportedFileSystemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versioned layout of a warehouse, on any Hadoop FileSystem:
 * <pre>
 *   &lt;root&gt;/CURRENT                          the name of the current version (one line)
 *   &lt;root&gt;/versions/v-&lt;UTC time&gt;-&lt;n&gt;/&lt;table&gt;/…  one complete warehouse per version
 *   &lt;root&gt;/versions/v-…/_SUCCESS            written last: the version is complete
 * </pre>
 * A publish writes a new version beside the current one and then switches {@code CURRENT} to it with one rename,
 * so a reader that follows {@code CURRENT} (or a catalogue built on it) never sees a half-written table. Old
 * versions stay until {@link #prune} keeps only the newest few, so a reader that started on the previous version
 * can finish.
 */
public final class WarehouseVersions {

    public static final String CURRENT_FILE = "CURRENT";
    public static final String VERSIONS_DIR = "versions";
    public static final String COMPLETE_MARKER = "_SUCCESS";
    public static final int DEFAULT_KEEP = 3;

    private static final Logger log = LoggerFactory.getLogger(WarehouseVersions.class);
    private static final Pattern NAME = Pattern.compile("v-(\\d{8}T\\d{6}Z)-(\\d+)");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final WarehouseLocation root;
    private final Configuration conf;
    private final Clock clock;

    public WarehouseVersions(WarehouseLocation root, Configuration conf) {
        this(root, conf, Clock.systemUTC());
    }

    public WarehouseVersions(WarehouseLocation root, Configuration conf, Clock clock) {
        this.root = root;
        this.conf = conf;
        this.clock = clock;
    }

    /** A version: its name and where its tables are. */
    public record Version(String name, int sequence, WarehouseLocation location) {
    }

    /** Creates the folder of a new version, numbered after every version there is. */
    public Version create() throws IOException {
        int next = all().stream().mapToInt(Version::sequence).max().orElse(0) + 1;
        String name = "v-" + STAMP.format(clock.instant()) + "-" + next;
        Version version = version(name);
        FileSystem fs = fs();
        if (!fs.mkdirs(version.location().root())) {
            throw new IOException("cannot create " + version.location());
        }
        return version;
    }

    /** Marks a version's tables as all written; only a complete version can become current. */
    public void markComplete(Version version) throws IOException {
        fs().create(new Path(version.location().root(), COMPLETE_MARKER), true).close();
    }

    public boolean isComplete(Version version) throws IOException {
        return fs().exists(new Path(version.location().root(), COMPLETE_MARKER));
    }

    /** Makes {@code version} current: writes the pointer beside it, then renames it over {@code CURRENT}. */
    public void switchTo(Version version) throws IOException {
        if (!isComplete(version)) {
            throw new IllegalStateException(version.name() + " is not complete; it cannot become current");
        }
        FileSystem fs = fs();
        Path pointer = new Path(root.root(), CURRENT_FILE);
        Path pending = new Path(root.root(), "_" + CURRENT_FILE + "." + version.name());
        try (FSDataOutputStream out = fs.create(pending, true)) {
            out.write((version.name() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        replace(fs, pending, pointer);
    }

    /** The current version, if a publish ever completed. */
    public Optional<Version> current() throws IOException {
        Path pointer = new Path(root.root(), CURRENT_FILE);
        FileSystem fs = fs();
        if (!fs.exists(pointer)) {
            return Optional.empty();
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(pointer), StandardCharsets.UTF_8))) {
            String name = in.readLine();
            if (name == null || !NAME.matcher(name.strip()).matches()) {
                throw new IOException(pointer + " does not name a version: " + name);
            }
            return Optional.of(version(name.strip()));
        }
    }

    /** Every version folder, oldest first. */
    public List<Version> all() throws IOException {
        Path dir = new Path(root.root(), VERSIONS_DIR);
        FileSystem fs = fs();
        if (!fs.exists(dir)) {
            return List.of();
        }
        List<Version> versions = new ArrayList<>();
        for (FileStatus status : fs.listStatus(dir)) {
            Matcher m = NAME.matcher(status.getPath().getName());
            if (status.isDirectory() && m.matches()) {
                versions.add(version(status.getPath().getName()));
            }
        }
        versions.sort(Comparator.comparingInt(Version::sequence));
        return versions;
    }

    /**
     * Removes every version but the newest {@code keep} complete ones and the current one; incomplete versions
     * older than the newest complete one are the remains of failed runs and go too. Returns the removed names.
     */
    public List<String> prune(int keep) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least the current version (keep >= 1), not " + keep);
        }
        Optional<String> current = current().map(Version::name);
        List<Version> complete = new ArrayList<>();
        for (Version v : all()) {
            if (isComplete(v)) {
                complete.add(v);
            }
        }
        List<Version> kept = complete.subList(Math.max(0, complete.size() - keep), complete.size());
        int newestComplete = complete.isEmpty() ? 0 : complete.get(complete.size() - 1).sequence();
        List<String> removed = new ArrayList<>();
        FileSystem fs = fs();
        for (Version v : all()) {
            boolean keepIt = kept.contains(v) || current.filter(v.name()::equals).isPresent()
                    || (!complete.contains(v) && v.sequence() > newestComplete); // may be being written
            if (!keepIt) {
                fs.delete(v.location().root(), true);
                removed.add(v.name());
            }
        }
        return removed;
    }

    /**
     * Removes table folders a publish from before versioning left at the root; the catalogue and {@code CURRENT}
     * no longer point at them. Returns the removed table names.
     */
    public List<String> removeUnversionedTables() throws IOException {
        FileSystem fs = fs();
        List<String> removed = new ArrayList<>();
        for (WarehouseTable table : WarehouseSchema.ALL) {
            Path legacy = root.table(table);
            if (fs.exists(legacy) && fs.delete(legacy, true)) {
                removed.add(table.name());
            }
        }
        return removed;
    }

    private Version version(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a version name: " + name);
        }
        Path dir = new Path(new Path(root.root(), VERSIONS_DIR), name);
        return new Version(name, Integer.parseInt(m.group(2)), new WarehouseLocation(dir));
    }

    private FileSystem fs() throws IOException {
        return root.root().getFileSystem(conf);
    }

    /**
     * Renames {@code from} over {@code to} in one step: an atomic file move on local disk, FileContext's
     * rename-with-overwrite elsewhere (one namenode operation on HDFS). A FileSystem without a FileContext binding
     * (rare: test or exotic file systems) gets delete-then-rename, which leaves a moment without {@code CURRENT};
     * a reader then sees no current version rather than a wrong one.
     */
    private void replace(FileSystem fs, Path from, Path to) throws IOException {
        if (root.isLocal()) {
            Files.move(java.nio.file.Paths.get(from.toUri()), java.nio.file.Paths.get(to.toUri()),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        try {
            FileContext.getFileContext(root.root().toUri(), conf).rename(from, to, Options.Rename.OVERWRITE);
        } catch (UnsupportedFileSystemException e) {
            log.warn("{} has no FileContext binding; replacing {} by delete and rename", root, to);
            fs.delete(to, false);
            if (!fs.rename(from, to)) {
                throw new IOException("cannot rename " + from + " to " + to);
            }
        }
    }
}
