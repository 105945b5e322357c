package org.resourcelibrary.web.database;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.h2.tools.Server;

/**
 * An H2 server in the test JVM, as {@code ./library db start} runs one, and the library database as each web node
 * opens it: every {@link #node()} is a pool of its own, as a separate {@code serve} process has.
 */
public final class SharedDatabase implements AutoCloseable {

    private final Server server;
    private final List<LibraryDatabase> nodes = new ArrayList<>();

    private SharedDatabase(Server server) {
        this.server = server;
    }

    /** A server keeping its files under {@code dir}. */
    public static SharedDatabase start(Path dir) throws SQLException {
        return new SharedDatabase(Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir",
                dir.toString()).start());
    }

    /** The database as one more web node opens it (closed with this). */
    public LibraryDatabase node() throws SQLException {
        LibraryDatabase node = LibraryDatabase.open(new DatabaseAddress(
                "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/library", "", ""));
        nodes.add(node);
        return node;
    }

    @Override
    public void close() {
        nodes.forEach(LibraryDatabase::close);
        server.stop();
    }
}
