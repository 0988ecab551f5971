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

    static String extensionOf(String fileName) {
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
