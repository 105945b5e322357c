package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.indexer.ingest.DocumentChangedException;
import org.resourcelibrary.indexer.ingest.ExtractionFailedException;
import org.resourcelibrary.indexer.ingest.InvalidMetadataException;
import org.resourcelibrary.indexer.ingest.Librarian;
import org.resourcelibrary.indexer.ingest.Upload;
import org.resourcelibrary.web.api.DocumentVersion;
import org.resourcelibrary.web.api.UploadedFiles;
import org.resourcelibrary.web.auth.LibrarianAccess;
import org.resourcelibrary.web.i18n.Messages;
import org.resourcelibrary.web.pages.LibrarianGate.Refusal;
import org.resourcelibrary.web.pages.LibrarianGate.Verdict;
import org.resourcelibrary.web.auth.LibrarianSessions.Session;
import org.resourcelibrary.web.pages.LibrarianView.Editing;
import org.resourcelibrary.web.pages.LibrarianView.TextField;
import org.resourcelibrary.web.pages.SearchView.Link;

/**
 * {@code /librarian}: sign in with a token, upload a file with its metadata, see the latest ingest reports
 * and failed files, find a document and edit or delete it. Every form is a plain POST that works without
 * JavaScript and answers with a redirect (so reloading never sends it twice), or with the form again and
 * what was wrong.
 */
final class LibrarianPage {

    static final String PATH = "/librarian";
    /** Documents listed when a librarian searches for one to edit. */
    static final int FOUND = 20;
    /** The edit and delete forms' hidden field carrying the version of the document they were shown with. */
    static final String VERSION = "version";
    /** Messages for the outcome codes that redirects carry ({@code ?done=}), so no text is echoed back. */
    private static final Map<String, String> NOTICES = Map.of(
            "signed-in", "librarian.done.signedIn",
            "indexed", "librarian.done.indexed",
            "updated", "librarian.done.updated",
            "duplicate", "librarian.done.duplicate",
            "saved", "librarian.done.saved",
            "deleted", "librarian.done.deleted");

    private final LibrarianAccess access;
    private final Librarian librarian;
    private final LibrarySearch library;
    private final LibrarianGate gate;
    private final MetadataChoices choices;
    private final IngestReports reports;
    private final Templates templates;
    private final UploadedFiles uploads;

    LibrarianPage(LibrarianAccess access, Librarian librarian, LibrarySearch library, LibrarianGate gate,
                  MetadataChoices choices, IngestReports reports, Templates templates, UploadedFiles uploads) {
        this.access = access;
        this.librarian = librarian;
        this.library = library;
        this.gate = gate;
        this.choices = choices;
        this.reports = reports;
        this.templates = templates;
        this.uploads = uploads;
    }

    /** {@code GET /librarian}: the sign-in form, or the librarian's tools ({@code ?q=} finds documents). */
    void show(Context ctx) throws IOException {
        Optional<Session> session = gate.session(ctx);
        if (session.isEmpty()) {
            render(ctx, LibrarianView.signedOut(null));
            return;
        }
        String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        List<String> problems = List.of();
        List<Link> found = List.of();
        try {
            found = query.isEmpty() ? List.of()
                    : library.search(SearchRequest.builder().query(query).size(FOUND).build()
                            .validate(choices.vocabulary())).hits().stream()
                            .map(hit -> new Link(hit.title(), editHref(hit.id()), false)).toList();
        } catch (InvalidRequestException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            problems = List.of(Messages.of(ctx).reason(e));
        }
        render(ctx, new LibrarianView(true, session.get().csrfToken(), notice(ctx), problems,
                choices.empty(Messages.of(ctx).language()), query,
                found, reports.latest(Messages.of(ctx)), null));
    }

    /** {@code POST /librarian/sign-in}. */
    void signIn(Context ctx) {
        if (!LibrarianGate.sameOrigin(ctx)) {
            refuse(ctx, Refusal.CROSS_ORIGIN);
            return;
        }
        String token = ctx.formParam("token");
        switch (access.check(token == null ? "" : token.strip(), ctx.ip())) {
            case GRANTED -> {
                gate.signIn(ctx);
                ctx.redirect(Messages.of(ctx).href(PATH + "?done=signed-in"), HttpStatus.SEE_OTHER);
            }
            case DENIED -> {
                ctx.status(401);
                render(ctx, LibrarianView.signedOut(Messages.of(ctx).text(access.configured()
                        ? "librarian.token.invalid" : "librarian.token.none")));
            }
            case THROTTLED -> {
                long seconds = access.retryAfter(ctx.ip()).map(d -> Math.max(1, d.toSeconds())).orElse(1L);
                ctx.status(429).header("Retry-After", Long.toString(seconds));
                render(ctx, LibrarianView.signedOut(Messages.of(ctx).text("librarian.token.throttled", seconds)));
            }
        }
    }

    /** {@code POST /librarian/sign-out}. */
    void signOut(Context ctx) {
        Verdict verdict = gate.verify(ctx);
        if (verdict.session() != null) {
            gate.signOut(ctx, verdict.session());
        }
        ctx.redirect(Messages.of(ctx).href(PATH), HttpStatus.SEE_OTHER);
    }

    /** {@code POST /librarian/upload}: multipart, the file and its metadata, read as the API's upload reads it. */
    void upload(Context ctx) throws IOException {
        Verdict sender = gate.verifySender(ctx);
        if (sender.refusal() != null) {
            refuse(ctx, sender.refusal());
            return;
        }
        Session signedIn = sender.session();
        try (UploadedFiles.Received received = uploads.receive(ctx, null)) {
            if (verified(ctx) == null) {
                return;
            }
            if (Files.size(received.file()) == 0) {
                ctx.status(HttpStatus.BAD_REQUEST);
                render(ctx, dashboard(ctx, signedIn, List.of(Messages.of(ctx).text("librarian.upload.empty")),
                        choices.sent(ctx)));
                return;
            }
            Upload upload = librarian.upload(received.file(), received.fileName(), MetadataChoices.sentValues(ctx),
                    null);
            ctx.redirect(Messages.of(ctx).href(editHref(upload.resource().id()) + "?done=" + upload.status().code()),
                    HttpStatus.SEE_OTHER);
        } catch (InvalidRequestException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, dashboard(ctx, signedIn, List.of(Messages.of(ctx).text("librarian.fieldProblem",
                    FieldNames.of(Messages.of(ctx), e.parameter()), Messages.of(ctx).reason(e))),
                    choices.sent(ctx)));
        } catch (HttpResponseException e) {
            // Too large, or not a form upload: the form's fields cannot be trusted or shown again.
            Messages ui = Messages.of(ctx);
            ErrorPages.render(ctx, templates, new ErrorView(e.getStatus(), ui.text("librarian.upload.failed.title"),
                    ui.text("librarian.upload.failed", capitalised(e.getMessage()))));
        } catch (InvalidMetadataException e) {
            ctx.status(status(e));
            render(ctx, dashboard(ctx, signedIn, problems(Messages.of(ctx), e), choices.sent(ctx)));
        } catch (ExtractionFailedException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, dashboard(ctx, signedIn, List.of(Messages.of(ctx).text("librarian.upload.unreadable",
                    e.getMessage())), choices.sent(ctx)));
        }
    }

    /** {@code GET /librarian/documents/{id}}: the edit form. */
    void showDocument(Context ctx) {
        Optional<Session> session = gate.session(ctx);
        if (session.isEmpty()) {
            ctx.redirect(Messages.of(ctx).href(PATH), HttpStatus.SEE_OTHER);
            return;
        }
        Optional<Resource> resource = library.get(ctx.pathParam("id"));
        if (resource.isEmpty()) {
            notFound(ctx);
            return;
        }
        render(ctx, editing(session.get(), resource.get(), notice(ctx), List.of(),
                choices.of(resource.get(), Messages.of(ctx).language())));
    }

    /** {@code POST /librarian/documents/{id}}: saves the metadata fields that changed. */
    void edit(Context ctx) throws IOException {
        onDocument(ctx, this::save);
    }

    /** {@code POST /librarian/documents/{id}/delete}: only with the confirmation box ticked. */
    void delete(Context ctx) throws IOException {
        onDocument(ctx, this::delete);
    }

    /** What a form about one document does, once the form is verified and the document found. */
    private interface DocumentForm {
        void handle(Context ctx, Session session, Resource resource) throws IOException;
    }

    private void onDocument(Context ctx, DocumentForm form) throws IOException {
        Session session = verified(ctx);
        if (session == null) {
            return;
        }
        Optional<Resource> resource = library.get(ctx.pathParam("id"));
        if (resource.isEmpty()) {
            notFound(ctx);
            return;
        }
        form.handle(ctx, session, resource.get());
    }

    private void save(Context ctx, Session session, Resource resource) throws IOException {
        Map<String, String> sent = MetadataChoices.sentValues(ctx);
        Map<String, String> changes = MetadataChoices.changes(resource, sent);
        try {
            if (!changes.isEmpty()) {
                librarian.edit(resource.id(), changes, shown(ctx));
            }
            ctx.redirect(Messages.of(ctx).href(editHref(resource.id()) + "?done=saved"), HttpStatus.SEE_OTHER);
        } catch (InvalidMetadataException e) {
            ctx.status(status(e));
            render(ctx, editing(session, resource, null, problems(Messages.of(ctx), e), choices.sent(ctx)));
        } catch (DocumentChangedException e) {
            // The form again with the librarian's entries, beside what the other change left, under the current
            // version: saving it again is then a decision taken knowing both.
            Messages ui = Messages.of(ctx);
            ctx.status(HttpStatus.CONFLICT);
            render(ctx, editing(session, e.current(), null, List.of(ui.text("librarian.changedMeanwhile.edit")),
                    choices.sent(ctx), choices.differences(e.current(), sent, ui.language())));
        }
    }

    private void delete(Context ctx, Session session, Resource resource) throws IOException {
        if (!"yes".equals(ctx.formParam("confirm"))) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, editing(session, resource, null,
                    List.of(Messages.of(ctx).text("librarian.delete.unconfirmed")),
                    choices.of(resource, Messages.of(ctx).language())));
            return;
        }
        try {
            librarian.delete(resource.id(), shown(ctx));
        } catch (DocumentChangedException e) {
            Messages ui = Messages.of(ctx);
            ctx.status(HttpStatus.CONFLICT);
            render(ctx, editing(session, e.current(), null, List.of(ui.text("librarian.changedMeanwhile.delete")),
                    choices.of(e.current(), ui.language())));
            return;
        }
        ctx.redirect(Messages.of(ctx).href(PATH + "?done=deleted"), HttpStatus.SEE_OTHER);
    }

    /**
     * The version of the document the form was shown with, as its hidden field carries it: the change is made
     * only on that version (a form without the field, from a page older than it, on any).
     */
    private static Predicate<Resource> shown(Context ctx) {
        return DocumentVersion.ifMatch(ctx.formParam(VERSION));
    }

    private LibrarianView dashboard(Context ctx, Session session, List<String> problems,
                                    LibrarianView.MetadataFields upload) throws IOException {
        return new LibrarianView(true, session.csrfToken(), null, problems, upload, "", List.of(),
                reports.latest(Messages.of(ctx)), null);
    }

    private LibrarianView editing(Session session, Resource resource, String notice, List<String> problems,
                                  LibrarianView.MetadataFields fields) {
        return editing(session, resource, notice, problems, fields, List.of());
    }

    private LibrarianView editing(Session session, Resource resource, String notice, List<String> problems,
                                  LibrarianView.MetadataFields fields, List<TextField> changedMeanwhile) {
        return new LibrarianView(true, session.csrfToken(), notice, problems, null, "", List.of(), List.of(),
                new Editing(resource.id(), resource.title(), Hit.documentUrl(resource.id()),
                        editHref(resource.id()), resource.fileName(),
                        fields, DocumentVersion.etag(resource), changedMeanwhile));
    }

    /** The session of a genuine form, or null after answering the refusal. */
    /** The session of a genuine form; null when it is refused, the refusal then rendered. */
    Session verified(Context ctx) {
        Verdict verdict = gate.verify(ctx);
        if (verdict.refusal() != null) {
            refuse(ctx, verdict.refusal());
        }
        return verdict.session();
    }

    private void refuse(Context ctx, Refusal refusal) {
        String message = switch (refusal) {
            case CROSS_ORIGIN -> "librarian.refused.crossOrigin";
            case SIGNED_OUT -> "librarian.refused.signedOut";
            case FORGED -> "librarian.refused.forged";
        };
        Messages ui = Messages.of(ctx);
        ErrorPages.render(ctx, templates, new ErrorView(403, ui.text("librarian.refused.title"), ui.text(message)));
        ctx.header("Cache-Control", "no-store");
    }

    private void notFound(Context ctx) {
        ErrorPages.documentNotFound(ctx, templates, ctx.pathParam("id"));
    }

    /** Values too long (or too many) are a 422, as the API answers; values not understood a 400. */
    private static HttpStatus status(InvalidMetadataException e) {
        return e.overLimit() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
    }

    /**
     * Each problem in the page's language, after its field's name as the form shows it (a problem of no field, such
     * as a bulk edit's value, alone).
     */
    static List<String> problems(Messages ui, InvalidMetadataException e) {
        return e.problems().stream().map(p -> MetadataField.fromKey(p.field()).isEmpty() ? ui.reason(p)
                : ui.text("librarian.fieldProblem", FieldNames.of(ui, p.field()), ui.reason(p))).toList();
    }

    /** The notice for the outcome a redirect named, if any (Map.of refuses a null key). */
    private static String notice(Context ctx) {
        String key = ctx.queryParam("done") == null ? null : NOTICES.get(ctx.queryParam("done"));
        return key == null ? null : Messages.of(ctx).text(key);
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    static String editHref(String id) {
        return PATH + Hit.documentUrl(id);
    }

    private void render(Context ctx, LibrarianView view) {
        templates.render(ctx, "librarian.jte", view);
        // The page carries the session's CSRF token: never stored by the browser or a proxy.
        ctx.header("Cache-Control", "no-store");
    }
}
