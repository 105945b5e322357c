package org.resourcelibrary.web.alerts;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The library's own embedded database (H2, in {@code data/library-db}): what the library keeps that is neither
 * a document nor the index, today the alert subscriptions. Its schema is created and migrated when it opens:
 * each migration runs once, in order, recorded in {@code schema_version}.
 */
public final class LibraryDatabase {

    /** The database's directory within the data directory. */
    public static final String DIRECTORY = "library-db";

    /** Each version's statements; a new version is appended, never edited. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            "CREATE TABLE alert_subscription (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " token VARCHAR(64) NOT NULL UNIQUE, address VARCHAR(320) NOT NULL,"
                    + " search VARCHAR(4000) NOT NULL, frequency VARCHAR(10) NOT NULL, site VARCHAR(500) NOT NULL,"
                    + " confirmed BOOLEAN NOT NULL, since TIMESTAMP WITH TIME ZONE NOT NULL)",
            "CREATE INDEX alert_subscription_address ON alert_subscription (address)"));

    private final String url;

    private LibraryDatabase(String url) {
        this.url = url;
    }

    /** Opens (creating or migrating) the database under {@code dataRoot}. */
    public static LibraryDatabase open(Path dataRoot) throws SQLException {
        LibraryDatabase database = new LibraryDatabase("jdbc:h2:file:"
                + dataRoot.resolve(DIRECTORY).resolve("library").toAbsolutePath());
        database.migrate();
        return database;
    }

    /** A new connection; the caller closes it. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    private void migrate() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL)");
            int current;
            try (var rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                rows.next();
                current = rows.getInt(1);
            }
            for (int version = current + 1; version <= MIGRATIONS.size(); version++) {
                connection.setAutoCommit(false);
                for (String sql : MIGRATIONS.get(version - 1)) {
                    statement.execute(sql);
                }
                statement.execute("INSERT INTO schema_version VALUES (" + version + ")");
                connection.commit();
                connection.setAutoCommit(true);
            }
        }
    }
}
