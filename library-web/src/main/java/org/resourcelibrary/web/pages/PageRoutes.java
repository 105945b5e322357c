package org.resourcelibrary.web.pages;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.resourcelibrary.web.LibrarianTools;
import org.resourcelibrary.web.WebServices;
import org.resourcelibrary.web.alerts.Alerts;
import org.resourcelibrary.web.api.AlertEndpoints;
import org.resourcelibrary.web.api.UploadedFiles;
import org.resourcelibrary.web.insights.Insights;
import org.resourcelibrary.web.PublicAddress;

/** Registers the HTML pages' routes and the static files they use. */
public final class PageRoutes {

    private PageRoutes() {
    }

    public static void register(RoutesConfig routes, WebServices services, LibrarianTools tools, Alerts alerts) {
        StaticAssets assets = StaticAssets.load();
        Templates templates = new Templates(assets, services.publicAddress());
        SearchPage search = new SearchPage(services.library(), services.vocabulary(), templates, alerts.on(),
                services.analytics());
        DocumentPage document = new DocumentPage(services.library(), services.vocabulary(), templates,
                services.publicAddress());
        routes.get("/", ErrorPages.guarded(templates, search::render));
        routes.get("/documents/{id}", ErrorPages.guarded(templates, document::render));
        routes.get("/documents/{id}/text", ErrorPages.guarded(templates, new TextPage(services.library(),
                templates)::render));
        routes.get(StaticAssets.PATH + "/{file}", assets::serve);
        routes.get(ResultLink.PATH, ErrorPages.guarded(templates, new ResultLink(services.library(),
                services.vocabulary(), services.analytics())::follow));
        AlertPage alert = new AlertPage(templates, alerts);
        routes.get(AlertPage.CONFIRM, ErrorPages.guarded(templates, alert::askConfirm));
        routes.post(AlertPage.CONFIRM, ErrorPages.guarded(templates, alert::confirm));
        routes.get(AlertPage.UNSUBSCRIBE, ErrorPages.guarded(templates, alert::askUnsubscribe));
        routes.post(AlertPage.UNSUBSCRIBE, ErrorPages.guarded(templates, alert::unsubscribe));
        routes.get(AlertPage.FORGET, ErrorPages.guarded(templates, alert::askForget));
        routes.post(AlertPage.FORGET, ErrorPages.guarded(templates, alert::forget));
        routes.post(FollowPage.PATH, ErrorPages.guarded(templates, new FollowPage(new AlertEndpoints(alerts,
                services.vocabulary(), services.publicAddress()), templates, services.publicAddress())::follow));
        registerLibrarian(routes, services, tools, templates);
    }

    private static void registerLibrarian(RoutesConfig routes, WebServices services, LibrarianTools tools,
                                          Templates templates) {
        LibrarianGate gate = new LibrarianGate(services.access().sessions());
        LibrarianPage librarian = new LibrarianPage(services.access(), services.librarian(), services.library(),
                gate, new MetadataChoices(services.vocabulary()),
                new IngestReports(services.librarian().reports()), templates,
                new UploadedFiles(services.settings().maxUploadBytes()));
        String path = LibrarianPage.PATH;
        routes.get(path, ErrorPages.guarded(templates, librarian::show));
        routes.post(path + "/sign-in", ErrorPages.guarded(templates, librarian::signIn));
        routes.post(path + "/sign-out", ErrorPages.guarded(templates, librarian::signOut));
        routes.post(path + "/upload", ErrorPages.guarded(templates, librarian::upload));
        routes.get(path + "/documents/{id}", ErrorPages.guarded(templates, librarian::showDocument));
        routes.post(path + "/documents/{id}", ErrorPages.guarded(templates, librarian::edit));
        routes.post(path + "/documents/{id}/delete", ErrorPages.guarded(templates, librarian::delete));
        ReviewPage review = new ReviewPage(tools.reviewer(),
                services.vocabulary(), gate, librarian, templates);
        routes.get(ReviewPage.PATH, ErrorPages.guarded(templates, review::show));
        routes.post(ReviewPage.PATH, ErrorPages.guarded(templates, review::decide));
        BulkEditPage bulk = new BulkEditPage(tools.bulkEdit(),
                services.vocabulary(), gate, librarian, templates);
        routes.get(BulkEditPage.PATH, ErrorPages.guarded(templates, bulk::show));
        routes.post(BulkEditPage.PATH, ErrorPages.guarded(templates, bulk::apply));
        routes.post(BulkEditPage.PATH + "/undo", ErrorPages.guarded(templates, bulk::undo));
        ThesaurusPage thesaurus = new ThesaurusPage(services.thesaurus(), gate, librarian, templates);
        routes.get(ThesaurusPage.PATH, ErrorPages.guarded(templates, thesaurus::show));
        routes.post(ThesaurusPage.PATH, ErrorPages.guarded(templates, thesaurus::save));
        EditionsPage editions = new EditionsPage(tools.editions(), services.vocabulary(), gate,
                librarian, templates);
        routes.get(EditionsPage.PATH, ErrorPages.guarded(templates, editions::show));
        routes.post(EditionsPage.PATH + "/{key}/confirm", ErrorPages.guarded(templates, editions::confirm));
        routes.post(EditionsPage.PATH + "/{key}/dismiss", ErrorPages.guarded(templates, editions::dismiss));
        InsightsPage insights = new InsightsPage(new Insights(services, Clock.systemUTC()), gate,
                services.vocabulary(), templates);
        routes.get(InsightsPage.PATH, ErrorPages.guarded(templates, insights::queries));
        routes.get(InsightsPage.GAPS_PATH, ErrorPages.guarded(templates, insights::gaps));
    }
}
