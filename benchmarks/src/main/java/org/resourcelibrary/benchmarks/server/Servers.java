package org.resourcelibrary.benchmarks.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.benchmarks.solr.SolrHome;
import org.resourcelibrary.benchmarks.solr.SolrServerMain;

/** The two servers compared, each started in its own JVM with the same heap. */
public final class Servers {

    /** The packaged application, relative to the repository root: what {@code ./library} runs. */
    public static final String LIBRARY_JAR = "library-web/target/library.jar";
    /** The launcher users run, relative to the repository root. */
    public static final String LAUNCHER = "library";

    private Servers() {
    }

    /**
     * {@code ./library serve --data DATA} as users start it (the launcher, with its class-data archive once a
     * first serve has recorded it), the heap set through {@code LIBRARY_JAVA_OPTS}; ready when {@code /ready}
     * says so.
     */
    public static ServerProcess library(Path repository, Path data, String heap, Path log)
            throws IOException, InterruptedException {
        Path jar = repository.resolve(LIBRARY_JAR);
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing: build it first (mvn -B -q package -DskipTests)");
        }
        int port = ServerProcess.freePort();
        return ServerProcess.start(List.of(repository.resolve(LAUNCHER).toString(), "serve", "--data",
                        data.toString(), "--port", String.valueOf(port)), Map.of("LIBRARY_JAVA_OPTS", "-Xmx" + heap),
                log, "http://127.0.0.1:" + port, "/ready");
    }

    /** Solr over {@code home} (its core created there if new), ready when the core answers a query. */
    public static ServerProcess solr(Path home, String heap, Path log) throws IOException, InterruptedException {
        int port = ServerProcess.freePort();
        return ServerProcess.start(ServerProcess.javaCommand(heap, List.of("-cp", System.getProperty("java.class.path"),
                        SolrServerMain.class.getName(), home.toString(), String.valueOf(port))), log,
                "http://127.0.0.1:" + port + SolrServerMain.CONTEXT,
                "/" + SolrHome.CORE + "/select?q=id:none&rows=0");
    }

    /** The repository root: the nearest directory up from here holding {@value #LIBRARY_JAR}'s module. */
    public static Path repository() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("library-web"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the repository (no parent pom with library-web found)");
    }
}
