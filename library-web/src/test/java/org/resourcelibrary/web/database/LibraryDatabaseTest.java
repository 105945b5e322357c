package org.resourcelibrary.web.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared database: each feature's schema migrated once, in order, and brought up to date later. */
class LibraryDatabaseTest {

    private static final List<String> V1 = List.of("CREATE TABLE shelf (id INT PRIMARY KEY)");
    private static final List<String> V2 = List.of("ALTER TABLE shelf ADD COLUMN label VARCHAR(20)");

    @TempDir
    Path dir;

    @Test
    void aSchemaIsMigratedOnceHoweverOftenTheDatabaseIsOpened() throws SQLException {
        try (LibraryDatabase database = LibraryDatabase.open(dir, new FeatureTables("shelves", List.of(V1)))) {
            database.migrate(new FeatureTables("shelves", List.of(V1)));
            assertThat(version(database, "shelves")).isEqualTo(1);
        }
        try (LibraryDatabase again = LibraryDatabase.open(dir, new FeatureTables("shelves", List.of(V1)))) {
            assertThat(version(again, "shelves")).isEqualTo(1);
        }
    }

    @Test
    void aNewVersionIsAppliedToADatabaseMadeByAnOlderRelease() throws SQLException {
        try (LibraryDatabase database = LibraryDatabase.open(dir, new FeatureTables("shelves", List.of(V1)))) {
            assertThat(version(database, "shelves")).isEqualTo(1);
        }
        try (LibraryDatabase database = LibraryDatabase.open(dir, new FeatureTables("shelves", List.of(V1, V2)));
             Connection c = database.connect(); Statement statement = c.createStatement()) {
            statement.execute("INSERT INTO shelf (id, label) VALUES (1, 'reports')");
            assertThat(version(database, "shelves")).isEqualTo(2);
        }
    }

    @Test
    void featuresKeepTheirOwnVersions() throws SQLException {
        try (LibraryDatabase database = LibraryDatabase.open(dir, new FeatureTables("shelves", List.of(V1, V2)),
                new FeatureTables("boxes", List.of(List.of("CREATE TABLE box (id INT)"))))) {
            assertThat(version(database, "shelves")).isEqualTo(2);
            assertThat(version(database, "boxes")).isEqualTo(1);
        }
    }

    @Test
    void aFailingVersionLeavesTheDatabaseAsItWas() throws SQLException {
        FeatureTables broken = new FeatureTables("shelves",
                List.of(V1, List.of("ALTER TABLE shelf ADD COLUMN", "nonsense")));
        try (LibraryDatabase database = LibraryDatabase.open(dir, new FeatureTables("shelves", List.of(V1)))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> database.migrate(broken))
                    .isInstanceOf(SQLException.class);
            assertThat(version(database, "shelves")).isEqualTo(1);
        }
    }

    private static int version(LibraryDatabase database, String feature) throws SQLException {
        try (Connection c = database.connect(); Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM schema_feature WHERE feature = '"
                     + feature + "'")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
