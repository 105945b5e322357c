package org.resourcelibrary.web.alerts;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.LibraryWebApp;
import org.resourcelibrary.web.ManualClock;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.TestLibrary;
import org.resourcelibrary.web.api.AlertEndpoints;
import org.resourcelibrary.web.database.LibraryDatabase;

/**
 * The test library served with e-mail alerts sent through a real SMTP server (GreenMail) started for each test,
 * so what arrives is read back. Its documents were added on 2026-01-01; the alerts' clock starts months later.
 */
abstract class AlertsOverSmtp {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;
    TestLibrary library;
    RunningApp app;
    Alerts alerts;
    final ManualClock clock = new ManualClock(Instant.parse("2026-06-01T08:00:00Z"));
    private Javalin server;

    @BeforeEach
    void start() throws Exception {
        library = TestLibrary.create(dir);
        alerts = alerts(LibraryDatabase.open(library.data().root()));
        server = LibraryWebApp.create(library.services(), alerts).start("127.0.0.1", 0);
        app = RunningApp.client(server.port());
    }

    @AfterEach
    void stop() throws IOException {
        server.stop();
        library.close();
    }

    /** Alerts over the test library, their subscriptions in {@code database}, sent through GreenMail. */
    Alerts alerts(LibraryDatabase database) throws SQLException {
        MailSettings mail = new MailSettings("127.0.0.1", MAIL.getSmtp().getPort(), null, null, false,
                "library@example.org");
        return new Alerts(database, Optional.of(mail), library.library(), Vocabulary.standard(),
                AlertEndpoints.searches(Vocabulary.standard()), clock);
    }

    HttpResponse<String> post(String pathAndQuery, String form) {
        return app.send(request(pathAndQuery, form).build());
    }

    /** A form posted to {@code pathAndQuery}, for a test to add headers to. */
    HttpRequest.Builder request(String pathAndQuery, String form) {
        return app.request(pathAndQuery).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }
}
