package org.resourcelibrary.web.api;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.LibraryWebApp;
import org.resourcelibrary.web.MailParts;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.TestLibrary;
import org.resourcelibrary.web.alerts.Alerts;
import org.resourcelibrary.web.database.LibraryDatabase;
import org.resourcelibrary.web.alerts.MailSettings;
import org.resourcelibrary.web.api.OpenApiConformanceTest.Exchange;

/**
 * The alert endpoints' calls for the conformance test: with alerts on (a real SMTP server, GreenMail) for
 * every answer but one, and on the shared application, whose alerts are off, for the 503.
 */
final class AlertCalls {

    private static final String FORM = "application/x-www-form-urlencoded";

    private AlertCalls() {
    }

    static List<Exchange> exchanges(Path dir, RunningApp off) throws Exception {
        List<Exchange> exchanges = new ArrayList<>();
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try (TestLibrary library = TestLibrary.create(dir)) {
            Alerts alerts = new Alerts(LibraryDatabase.open(library.data().root()), Optional.of(new MailSettings(
                    "127.0.0.1", mail.getSmtp().getPort(), null, null, false, "library@example.org")),
                    library.library(), Vocabulary.standard(), AlertEndpoints.searches(Vocabulary.standard()),
                    Clock.systemUTC());
            Javalin server = LibraryWebApp.create(library.services(), alerts).start("127.0.0.1", 0);
            try {
                RunningApp on = RunningApp.client(server.port());
                ApiCall subscribe = post("/api/alerts", "/api/alerts?q=supervision&country=ZM",
                        "email=member@example.org&frequency=daily");
                exchanges.add(send(on, subscribe));
                String token = MailParts.text(mail.getReceivedMessages()[0]).replaceAll("(?s).*token=(\\w+).*",
                        "$1");
                exchanges.add(send(on, post("/api/alerts", "/api/alerts", "email=not-an-address")));
                send(on, subscribe);
                send(on, subscribe);
                exchanges.add(send(on, subscribe));
                exchanges.add(send(on, ApiCall.get("/api/alerts/confirm", "/api/alerts/confirm?token=" + token)));
                exchanges.add(send(on, ApiCall.get("/api/alerts/confirm", "/api/alerts/confirm?token=unknown")));
                exchanges.add(send(on, ApiCall.get("/api/alerts/confirm", "/api/alerts/confirm")));
                exchanges.add(send(on, post("/api/alerts/unsubscribe", "/api/alerts/unsubscribe?token=" + token,
                        "List-Unsubscribe=One-Click")));
                exchanges.add(send(on, post("/api/alerts/unsubscribe", "/api/alerts/unsubscribe", "")));
                exchanges.add(send(on, post("/api/alerts/forget", "/api/alerts/forget?token=" + token, "")));
                exchanges.add(send(on, post("/api/alerts/forget", "/api/alerts/forget", "")));
            } finally {
                server.stop();
            }
        } finally {
            mail.stop();
        }
        exchanges.add(send(off, post("/api/alerts", "/api/alerts?q=supervision", "email=member@example.org")));
        exchanges.add(send(off, ApiCall.get("/api/alerts/confirm", "/api/alerts/confirm?token=x")));
        exchanges.add(send(off, post("/api/alerts/unsubscribe", "/api/alerts/unsubscribe?token=x", "")));
        exchanges.add(send(off, post("/api/alerts/forget", "/api/alerts/forget?token=x", "")));
        return exchanges;
    }

    private static ApiCall post(String template, String path, String form) {
        return new ApiCall("POST", template, path, ApiCall.Target.MAIN, java.util.Map.of(), FORM,
                form.getBytes(StandardCharsets.UTF_8));
    }

    private static Exchange send(RunningApp app, ApiCall call) {
        return new Exchange(call, app.send(call.request(app)));
    }
}
