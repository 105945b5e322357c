package org.resourcelibrary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.web.database.LibraryDatabase;
import picocli.CommandLine;

/** {@code serve} turns alerts on with SMTP settings in its environment, and refuses bad ones at start. */
class ServeAlertsTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @Test
    void smtp_settings_turn_alerts_on_with_the_library_database_in_the_data_directory() throws Exception {
        ServeCommand command = new ServeCommand(Map.of("LIBRARY_SMTP_HOST", "127.0.0.1", "LIBRARY_SMTP_PORT",
                String.valueOf(MAIL.getSmtp().getPort()), "LIBRARY_SMTP_TLS", "false", "LIBRARY_MAIL_FROM",
                "library@example.org"));
        new CommandLine(command).parseArgs("--data", dir.toString(), "--port", "0");

        try (LibraryServer server = command.start()) {
            RunningApp app = RunningApp.client(server.port());
            HttpResponse<String> response = app.send(app.request("/api/alerts?q=supervision")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("email=member@example.org")).build());

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(MAIL.getReceivedMessages()).hasSize(1);
            assertThat(dir.resolve(LibraryDatabase.DIRECTORY)).isDirectory();
        }
    }

    @Test
    void a_bad_smtp_port_stops_it_with_exit_2_naming_the_variable() {
        ServeCommandTest.Outcome outcome = ServeCommandTest.run(Map.of("LIBRARY_SMTP_HOST", "mail.example.org",
                "LIBRARY_SMTP_PORT", "twenty-five"), "--data", dir.toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("LIBRARY_SMTP_PORT");
    }
}
