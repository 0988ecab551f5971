package org.fiscalwarehouse.batch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates Spring Batch's tables in the embedded file database the first time only. (Boot's initializer would
 * re-run the CREATE TABLE script on every start of a file database.)
 */
final class JobRepositorySchema {

    private JobRepositorySchema() {
    }

    static void ensure(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet tables = c.getMetaData().getTables(null, null, "BATCH_JOB_INSTANCE", null)) {
            if (tables.next()) {
                return;
            }
        }
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql"))
                .execute(dataSource);
    }
}
