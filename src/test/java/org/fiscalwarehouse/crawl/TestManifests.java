package org.fiscalwarehouse.crawl;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;

/** A crawl manifest in an H2 file database under a test's temporary folder, as the job keeps it. */
final class TestManifests {

    private TestManifests() {
    }

    static CrawlManifest in(Path folder) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.resolve("state") + ";DB_CLOSE_DELAY=0");
        ds.setUser("sa");
        return new CrawlManifest(ds);
    }
}
