package org.fiscalwarehouse.crawl;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every URL the crawl has seen, kept as table {@code CRAWL_MANIFEST} in the warehouse's state database (the H2 file
 * that also holds the job repository): ETag, Last-Modified and hash for the next run's conditional GET, first and
 * last seen, and how the last fetch went. A table rather than a file because each URL is updated on its own, from
 * several crawl workers, as it is fetched, and an operator can query it with SQL.
 */
public class CrawlManifest {

    private static final String COLUMNS = "URL, KIND, FILE_NAME, ETAG, LAST_MODIFIED, SHA256, CONTENT_TYPE, "
            + "FIRST_SEEN, LAST_SEEN, LAST_STATUS, LAST_OUTCOME, LAST_REASON";

    private final JdbcTemplate jdbc;

    /** Creates the table if the database does not have it yet (DDL: call outside a running transaction). */
    public CrawlManifest(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS CRAWL_MANIFEST (
                  URL           VARCHAR(4096) PRIMARY KEY,
                  KIND          VARCHAR(8)    NOT NULL,
                  FILE_NAME     VARCHAR(512),
                  ETAG          VARCHAR(512),
                  LAST_MODIFIED VARCHAR(64),
                  SHA256        CHAR(64),
                  CONTENT_TYPE  VARCHAR(256),
                  FIRST_SEEN    TIMESTAMP WITH TIME ZONE NOT NULL,
                  LAST_SEEN     TIMESTAMP WITH TIME ZONE NOT NULL,
                  LAST_STATUS   INTEGER       NOT NULL,
                  LAST_OUTCOME  VARCHAR(16)   NOT NULL,
                  LAST_REASON   VARCHAR(1024)
                )""");
    }

    public Optional<ManifestEntry> find(String url) {
        List<ManifestEntry> rows = jdbc.query("SELECT " + COLUMNS + " FROM CRAWL_MANIFEST WHERE URL = ?",
                CrawlManifest::entry, url);
        return rows.stream().findFirst();
    }

    public List<ManifestEntry> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM CRAWL_MANIFEST ORDER BY URL", CrawlManifest::entry);
    }

    /** Content received (2xx, or a local file): records it and says how it compares with the last content. */
    public FileChange recordContent(String url, String kind, String fileName, String sha256, FetchResponse response,
                                    Instant now) {
        Optional<ManifestEntry> known = find(url);
        FileChange change = known.map(ManifestEntry::sha256).map(sha -> sha.equals(sha256)
                ? FileChange.UNCHANGED : FileChange.CHANGED).orElse(FileChange.NEW);
        upsert(new ManifestEntry(url, kind, fileName, response.etag(), response.lastModified(), sha256,
                response.contentType(), known.map(ManifestEntry::firstSeen).orElse(now), now, response.status(),
                change.code(), null), known.isPresent());
        return change;
    }

    /** 304: the content is the one recorded; new validators, if the server sent any, replace the old. */
    public void recordNotModified(ManifestEntry known, FetchResponse response, Instant now) {
        upsert(new ManifestEntry(known.url(), known.kind(), known.fileName(),
                response.etag() != null ? response.etag() : known.etag(),
                response.lastModified() != null ? response.lastModified() : known.lastModified(), known.sha256(),
                known.contentType(), known.firstSeen(), now, 304, FileChange.UNCHANGED.code(), null), true);
    }

    /**
     * A fetch that yielded nothing usable. The last good content's hash and validators stay, so a later run can
     * still compare; the outcome says what happened this time.
     */
    public void recordFailure(String url, String kind, int status, String outcome, String reason, Instant now) {
        Optional<ManifestEntry> known = find(url);
        String shortReason = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        upsert(new ManifestEntry(url, kind, known.map(ManifestEntry::fileName).orElse(null),
                known.map(ManifestEntry::etag).orElse(null), known.map(ManifestEntry::lastModified).orElse(null),
                known.map(ManifestEntry::sha256).orElse(null), known.map(ManifestEntry::contentType).orElse(null),
                known.map(ManifestEntry::firstSeen).orElse(now), now, status, outcome, shortReason),
                known.isPresent());
    }

    private void upsert(ManifestEntry e, boolean exists) {
        Object[] values = {e.kind(), clip(e.fileName(), 512), clip(e.etag(), 512), clip(e.lastModified(), 64),
                e.sha256(), clip(e.contentType(), 256), Timestamp.from(e.firstSeen()), Timestamp.from(e.lastSeen()),
                e.lastStatus(), e.lastOutcome(), e.lastReason(), e.url()};
        int updated = exists ? jdbc.update("UPDATE CRAWL_MANIFEST SET KIND = ?, FILE_NAME = ?, ETAG = ?, "
                + "LAST_MODIFIED = ?, SHA256 = ?, CONTENT_TYPE = ?, FIRST_SEEN = ?, LAST_SEEN = ?, LAST_STATUS = ?, "
                + "LAST_OUTCOME = ?, LAST_REASON = ? WHERE URL = ?", values) : 0;
        if (updated == 0) {
            jdbc.update("INSERT INTO CRAWL_MANIFEST (KIND, FILE_NAME, ETAG, LAST_MODIFIED, SHA256, CONTENT_TYPE, "
                    + "FIRST_SEEN, LAST_SEEN, LAST_STATUS, LAST_OUTCOME, LAST_REASON, URL) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static ManifestEntry entry(ResultSet rs, int row) throws SQLException {
        return new ManifestEntry(rs.getString("URL"), rs.getString("KIND"), rs.getString("FILE_NAME"),
                rs.getString("ETAG"), rs.getString("LAST_MODIFIED"), rs.getString("SHA256"),
                rs.getString("CONTENT_TYPE"), rs.getTimestamp("FIRST_SEEN").toInstant(),
                rs.getTimestamp("LAST_SEEN").toInstant(), rs.getInt("LAST_STATUS"), rs.getString("LAST_OUTCOME"),
                rs.getString("LAST_REASON"));
    }
}
