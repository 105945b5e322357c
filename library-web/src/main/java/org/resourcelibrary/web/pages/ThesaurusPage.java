package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Optional;
import org.resourcelibrary.core.thesaurus.ThesaurusException;
import org.resourcelibrary.core.thesaurus.ThesaurusFile;
import org.resourcelibrary.web.i18n.Messages;
import org.resourcelibrary.web.auth.LibrarianSessions.Session;

/**
 * {@code /librarian/thesaurus}: the library's thesaurus file shown in an editor, and saved when it is a good
 * one (otherwise nothing changes and the line at fault is named). Signed-in librarians only; the form carries
 * the session's CSRF token, as every librarian form does.
 */
final class ThesaurusPage {

    static final String PATH = LibrarianPage.PATH + "/thesaurus";
    /** The editor's form field. */
    static final String FIELD = "thesaurus";
    /** The redirect's outcome code after a save. */
    private static final String SAVED = "saved";

    private final ThesaurusFile file;
    private final LibrarianGate gate;
    private final LibrarianPage librarian;
    private final Templates templates;

    ThesaurusPage(ThesaurusFile file, LibrarianGate gate, LibrarianPage librarian, Templates templates) {
        this.file = file;
        this.gate = gate;
        this.librarian = librarian;
        this.templates = templates;
    }

    /** {@code GET /librarian/thesaurus}: the editor, or the sign-in page when signed out. */
    void show(Context ctx) {
        Optional<Session> session = gate.session(ctx);
        if (session.isEmpty()) {
            ctx.redirect(Messages.of(ctx).href(LibrarianPage.PATH), HttpStatus.SEE_OTHER);
            return;
        }
        Messages ui = Messages.of(ctx);
        String notice = SAVED.equals(ctx.queryParam("done")) ? ui.text("thesaurus.saved") : null;
        render(ctx, new ThesaurusView(session.get().csrfToken(), file.text(), file.current().fileConcepts(), notice,
                file.fault().map(e -> reason(ui, e)).or(file::problem).map(p -> ui.text("thesaurus.notInUse", p))
                        .orElse(null)));
    }

    /** {@code POST /librarian/thesaurus}: saves the editor's text if it is a good thesaurus. */
    void save(Context ctx) throws IOException {
        Session session = librarian.verified(ctx);
        if (session == null) {
            return;
        }
        String sent = ctx.formParam(FIELD);
        String text = sent == null ? "" : sent.replace("\r\n", "\n");
        try {
            file.save(text);
            ctx.redirect(Messages.of(ctx).href(PATH + "?done=" + SAVED), HttpStatus.SEE_OTHER);
        } catch (ThesaurusException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, new ThesaurusView(session.csrfToken(), text, file.current().fileConcepts(), null,
                    Messages.of(ctx).text("thesaurus.notSaved", reason(Messages.of(ctx), e))));
        }
    }

    /** What is wrong with the file, in the page's language, after the line at fault (if it is one line's). */
    private static String reason(Messages ui, ThesaurusException e) {
        String why = ui.reason(e.refusal(), e.arguments());
        return e.line() > 0 ? ui.text("thesaurus.line", e.line(), why) : why;
    }

    private void render(Context ctx, ThesaurusView view) {
        ctx.header("Cache-Control", "no-store");
        templates.render(ctx, "thesaurus.jte", view);
    }
}
