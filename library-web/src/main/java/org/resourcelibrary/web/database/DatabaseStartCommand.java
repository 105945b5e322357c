package org.resourcelibrary.web.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.h2.tools.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code library db start --dir DIR}: an H2 server for the library database, for trying several web nodes on one
 * or a few machines. In the foreground until Ctrl-C or SIGTERM; ready when it prints the {@code --database} address
 * to give every {@code serve}. A production deployment may run its own H2 server (or this one as a service) and
 * point {@code --database} at it, with a user and password.
 */
@Command(name = "start", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Starts an H2 server for the library database that several web nodes share, its files under "
                + "--dir (kept when stopped). Prints the --database address to give every serve once it is ready; "
                + "stops on Ctrl-C or SIGTERM.",
                "For trying it: no password unless the web nodes set LIBRARY_DATABASE_USER and "
                        + "LIBRARY_DATABASE_PASSWORD when they first make the database."})
public final class DatabaseStartCommand implements Callable<Integer> {

    /** H2's own port for its TCP server. */
    static final int DEFAULT_PORT = 9092;
    /** The database's name on the server, the last part of the {@code --database} address. */
    static final String DATABASE_NAME = "library";
    private static final String LOOPBACK = "127.0.0.1";

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", required = true,
            description = "Where the server keeps the database's files.")
    private Path dir;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
            description = "The port to listen on; 0 takes a free one. Default: ${DEFAULT-VALUE}")
    private int port;

    @Option(names = "--allow-others", description = "Accept web nodes on other machines (only on a network you "
            + "trust); without it, only this machine's.")
    private boolean allowOthers;

    /** Starts the server; the caller stops it. */
    public Server start() throws SQLException, IOException {
        Files.createDirectories(dir);
        // The library database is made by the first web node that connects to it.
        List<String> args = new ArrayList<>(List.of("-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir",
                dir.toAbsolutePath().toString()));
        if (allowOthers) {
            args.add("-tcpAllowOthers");
        }
        return Server.createTcpServer(args.toArray(String[]::new)).start();
    }

    /** The {@code --database} address web nodes give to reach {@code server}. */
    String address(Server server) {
        return "jdbc:h2:tcp://" + host() + ":" + server.getPort() + "/" + DATABASE_NAME;
    }

    @Override
    public Integer call() throws Exception {
        Server server = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "db-stop"));
        spec.commandLine().getOut().println("Files in " + dir.toAbsolutePath() + " (kept when stopped).");
        spec.commandLine().getOut().println("Library database ready: --database " + address(server));
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }

    private String host() {
        if (!allowOthers) {
            return LOOPBACK;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return LOOPBACK;
        }
    }
}
