package org.resourcelibrary.web;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.thesaurus.ThesaurusFile;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.cli.BackendOptions;
import org.resourcelibrary.indexer.cli.UsageException;
import org.resourcelibrary.indexer.enrich.ManifestException;
import org.resourcelibrary.indexer.ingest.ChangeLock;
import org.resourcelibrary.indexer.ingest.IngestSettings;
import org.resourcelibrary.indexer.ingest.Librarian;
import org.resourcelibrary.web.alerts.Alerts;
import org.resourcelibrary.web.alerts.DigestSchedule;
import org.resourcelibrary.web.alerts.MailSettings;
import org.resourcelibrary.web.analytics.AnalyticsSettings;
import org.resourcelibrary.web.analytics.AnalyticsStore;
import org.resourcelibrary.web.analytics.SearchAnalytics;
import org.resourcelibrary.web.api.AlertEndpoints;
import org.resourcelibrary.web.auth.AccessTokens;
import org.resourcelibrary.web.auth.FailedAttempts;
import org.resourcelibrary.web.auth.LibrarianAccess;
import org.resourcelibrary.web.auth.LibrarianSessions;
import org.resourcelibrary.web.auth.SessionTable;
import org.resourcelibrary.web.database.DatabaseAddress;
import org.resourcelibrary.web.database.ChangeTurns;
import org.resourcelibrary.web.database.LibraryDatabase;
import org.resourcelibrary.web.jobs.JobTable;
import org.resourcelibrary.web.metrics.ServiceMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code library serve}: opens the library and serves the JSON API, the search page and the librarian tools
 * until stopped. Settings come from defaults, then environment variables, then these flags; an invalid one
 * stops it at start-up (exit 2).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the library: search page, JSON API (/api/docs), librarian tools.",
        footer = {"", "Environment: LIBRARY_DATA, LIBRARY_PORT, LIBRARY_TOKENS (comma-separated),",
            "LIBRARY_CORS_ORIGINS (comma-separated), LIBRARY_MAX_UPLOAD_MB, LIBRARY_PUBLIC_URL,",
            "LIBRARY_ADMIN_EMAIL, LIBRARY_ANALYTICS (on|off), LIBRARY_ANALYTICS_RETENTION_MONTHS (13),",
            "LIBRARY_MAX_EXCERPT_PAGES (50: most pages one /api/documents/{id}/pages request may cut),",
            "LIBRARY_SOLR or LIBRARY_ZK, LIBRARY_COLLECTION, LIBRARY_SOLR_TIMEOUT (serve from SolrCloud),",
            "LIBRARY_DATABASE, LIBRARY_DATABASE_USER, LIBRARY_DATABASE_PASSWORD (a database web nodes share).",
            "Flags override them."})
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    public static final String DATA_VARIABLE = "LIBRARY_DATA";
    public static final String TOKENS_VARIABLE = "LIBRARY_TOKENS";
    public static final String DEFAULT_DATA = "data";
    /** The interface served on: all of them, as a server should. */
    static final String HOST = "0.0.0.0";

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Library data directory (default: $LIBRARY_DATA or ./data).")
    private Path data;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: $LIBRARY_PORT or 7070; 0 picks a free one).")
    private Integer port;

    @Option(names = "--demo", description = "If the library is empty, ingest the sample library first.")
    private boolean demo;

    @Mixin
    private BackendOptions backend;

    @Option(names = "--tokens", paramLabel = "FILE",
            description = "Librarian tokens, one per line; re-read when it changes (removing a line revokes it).")
    private Path tokensFile;

    @Option(names = "--cors-origins", paramLabel = "ORIGIN", split = ",",
            description = "Origins whose pages may call the read API (default: $LIBRARY_CORS_ORIGINS or *).")
    private List<String> corsOrigins;

    @Option(names = "--verbose", description = "Print the stack trace of an error.")
    private boolean verbose;

    @Option(names = "--max-upload-mb", paramLabel = "MB",
            description = "Largest upload in MB (default: $LIBRARY_MAX_UPLOAD_MB or 200).")
    private Long maxUploadMb;

    @Option(names = "--public-url", paramLabel = "URL", description = "Where members reach the library, e.g."
            + " https://example.org/library, for absolute links (feeds, OAI, sitemap); default: $LIBRARY_PUBLIC_URL"
            + " or the address each request came to.")
    private String publicUrl;

    @Option(names = "--admin-email", paramLabel = "ADDRESS",
            description = "Whom harvesters write to about the library (default: $LIBRARY_ADMIN_EMAIL).")
    private String adminEmail;

    @Option(names = "--database", paramLabel = "JDBC-URL", description = "The library database every web node"
            + " shares, e.g. jdbc:h2:tcp://db:9092/library (default: $" + DatabaseAddress.URL_VARIABLE
            + " or the embedded one in the data directory, which one process opens at a time).")
    private String database;

    private final Map<String, String> environment;

    public ServeCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public ServeCommand() {
        this(System.getenv());
    }

    @Override
    public Integer call() throws IOException, InterruptedException, ManifestException {
        try (LibraryServer server = start()) {
            server.stopOnShutdown();
            LOG.info("serving the library in {} at http://localhost:{}/ (API: http://localhost:{}/api/docs)",
                    dataPath().toAbsolutePath(), server.port(), server.port());
            server.awaitStop();
        }
        return 0;
    }

    /**
     * Opens the library and starts serving it.
     *
     * @throws ParameterException when a setting is invalid (exit 2)
     */
    public LibraryServer start() throws IOException, InterruptedException, ManifestException {
        WebSettings settings;
        AccessTokens tokens;
        Optional<MailSettings> mail;
        Duration digestInterval;
        AnalyticsSettings analyticsSettings;
        DatabaseAddress databaseAddress;
        try {
            databaseAddress = DatabaseAddress.of(database, environment, dataPath());
            analyticsSettings = AnalyticsSettings.fromEnvironment(environment);
            mail = MailSettings.fromEnvironment(environment);
            digestInterval = DigestSchedule.interval(environment);
            settings = WebSettings.fromEnvironment(environment).with(port, corsOrigins, maxUploadMb)
                    .withPublication(publicUrl, adminEmail);
            tokens = AccessTokens.of(AccessTokens.split(environment.get(TOKENS_VARIABLE)), tokensFile);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (!tokens.configured()) {
            LOG.warn("no librarian tokens ({} or --tokens): the librarian endpoints are closed", TOKENS_VARIABLE);
        }
        Path sampleDocs = demo ? DemoLibrary.locate(Path.of("")).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--demo needs the sample library: no " + DemoLibrary.SAMPLE_DOCS
                        + "/library and manifest.csv under the working directory or beside the jar")) : null;
        DataDirectory directory = new DataDirectory(dataPath()).create();
        Library library = open(directory);
        LibraryDatabase opened = null;
        try {
            IngestSettings ingest = IngestSettings.defaults();
            if (sampleDocs != null) {
                DemoLibrary.ingestIfEmpty(library, directory, sampleDocs, ingest);
            }
            // Web nodes sharing a database share the data directory too: each looks at the thesaurus file at every
            // use, so a change saved through one is what the next request through any other sees.
            ThesaurusFile thesaurus = ThesaurusFile.open(directory.thesaurus(), Vocabulary.standard(),
                    databaseAddress.shared() ? Duration.ZERO : ThesaurusFile.RECHECK_INTERVAL);
            thesaurus.problem().ifPresent(problem -> LOG.warn("the shipped thesaurus is used: {}", problem));
            library.useThesaurus(thesaurus::current);
            opened = database(databaseAddress);
            Alerts alerts;
            SearchAnalytics analytics;
            LibrarianAccess access;
            Librarian librarian;
            JobTable jobs;
            try {
                access = new LibrarianAccess(tokens, FailedAttempts.in(opened, Clock.systemUTC()),
                        new LibrarianSessions(new SessionTable(opened), Clock.systemUTC()));
                jobs = new JobTable(opened);
                // One node's librarian makes its changes one at a time already; several take turns in the database.
                librarian = new Librarian(library, directory, ingest, jobs, databaseAddress.shared()
                        ? ChangeTurns.in(opened, ChangeTurns.WAIT) : ChangeLock.ONE_NODE);
                alerts = new Alerts(opened, mail, library, Vocabulary.standard(),
                        AlertEndpoints.searches(Vocabulary.standard()), Clock.systemUTC());
                analytics = SearchAnalytics.start(analyticsSettings, analyticsSettings.on()
                        ? new AnalyticsStore(opened) : null, Clock.systemUTC());
            } catch (SQLException e) {
                throw databaseTrouble(databaseAddress, e);
            }
            if (!alerts.on()) {
                LOG.warn("no SMTP server ({}): e-mail alerts are off", MailSettings.HOST_VARIABLE);
            }
            if (!analytics.on()) {
                LOG.info("search analytics are off ({})", AnalyticsSettings.ANALYTICS_VARIABLE);
            }
            return serve(new WebServices(library, directory, Vocabulary.standard(), settings, access,
                    new ServiceMetrics(), librarian, thesaurus, analytics), alerts,
                    digestInterval).closing(jobs).closing(opened).warmingUp();
        } catch (Exception e) {
            if (opened != null) {
                opened.close();
            }
            library.close();
            throw e;
        }
    }

    /** The library the settings name; a SolrCloud that cannot be reached stops the start, its address said. */
    private Library open(DataDirectory directory) throws IOException {
        try {
            return backend.open(directory, Vocabulary.standard(), environment);
        } catch (UsageException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private static LibraryServer serve(WebServices services, Alerts alerts, Duration digestInterval) {
        try {
            return LibraryServer.start(services, HOST, alerts, digestInterval);
        } catch (RuntimeException e) {
            services.librarian().close();
            throw e;
        }
    }

    private static LibraryDatabase database(DatabaseAddress address) throws IOException {
        try {
            return LibraryDatabase.open(address);
        } catch (SQLException e) {
            throw databaseTrouble(address, e);
        }
    }

    private static IOException databaseTrouble(DatabaseAddress address, SQLException e) {
        return new IOException("the library database " + address + " cannot be opened: " + e.getMessage(), e);
    }

    private Path dataPath() {
        if (data != null) {
            return data;
        }
        String fromEnvironment = environment.get(DATA_VARIABLE);
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_DATA : fromEnvironment);
    }
}
