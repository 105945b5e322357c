package org.resourcelibrary.web.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code library db start}: an H2 server in which two openings of the library database see each other's rows. */
class DatabaseStartCommandTest {

    @TempDir
    Path dir;

    @Test
    void theAddressItGivesIsOneDatabaseForEveryoneWhoOpensIt() throws Exception {
        DatabaseStartCommand command = new DatabaseStartCommand();
        new CommandLine(command).parseArgs("--dir", dir.toString(), "--port", "0");
        Server server = command.start();
        try {
            String address = command.address(server);
            assertThat(address).matches("jdbc:h2:tcp://127\\.0\\.0\\.1:\\d+/library");
            DatabaseAddress shared = DatabaseAddress.of(address, Map.of(), dir.resolve("unused"));
            FeatureTables shelves = new FeatureTables("shelves", List.of(List.of("CREATE TABLE shelf (id INT PRIMARY KEY)")));
            try (LibraryDatabase one = LibraryDatabase.open(shared, shelves);
                 LibraryDatabase other = LibraryDatabase.open(shared, shelves)) {
                try (Connection c = one.connect(); Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO shelf VALUES (7)");
                }
                try (Connection c = other.connect(); Statement s = c.createStatement();
                     ResultSet rows = s.executeQuery("SELECT id FROM shelf")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getInt(1)).isEqualTo(7);
                }
            }
        } finally {
            server.stop();
        }
        assertThat(dir.resolve("library.mv.db")).exists();
    }
}
