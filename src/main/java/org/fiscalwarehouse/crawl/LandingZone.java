package org.fiscalwarehouse.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Raw files stored by content: {@code landing/ab/abcdef….pdf}. The stored name derives only from the hash and a
 * sanitised extension, so no published name can write outside the zone, and an unchanged file is stored once.
 */
public class LandingZone {

    private final Path root;

    public LandingZone(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public SourceFile store(String sourceUrl, String fileName, byte[] content, Instant fetchedAt) {
        String sha = sha256(content);
        Path target = root.resolve(sha.substring(0, 2)).resolve(sha + extensionOf(fileName));
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), sha, ".part");
                Files.write(tmp, content);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + fileName + " in the landing zone " + root, e);
        }
        return new SourceFile(sourceUrl, fileName, target.toAbsolutePath(), sha, content.length, fetchedAt);
    }

    /** The stored copy of this content, if the zone holds it (the extension is not known from the hash). */
    public Optional<Path> locate(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path dir = root.resolve(sha256.substring(0, 2));
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.equals(sha256) || n.startsWith(sha256 + ".") && !n.endsWith(".part");
            }).findFirst().map(Path::toAbsolutePath);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the landing zone " + dir, e);
        }
    }

    /** A file the zone already holds, described again for this run (an unchanged download answered by 304). */
    public Optional<SourceFile> existing(String sourceUrl, String fileName, String sha256, Instant fetchedAt) {
        return locate(sha256).map(p -> {
            try {
                return new SourceFile(sourceUrl, fileName, p, sha256, Files.size(p), fetchedAt);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,5}") ? "." + ext : "";
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
