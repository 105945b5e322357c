package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.editions.EditionProposal;
import org.resourcelibrary.indexer.editions.EditionReview;
import org.resourcelibrary.indexer.ingest.InvalidMetadataException;
import org.resourcelibrary.web.i18n.Messages;
import org.resourcelibrary.web.auth.LibrarianSessions.Session;

/**
 * {@code /librarian/editions}: the documents ingest proposes as editions of one work, each group with its
 * evidence, to confirm (with the suggested work key or one the librarian types) or dismiss; and the works that
 * group editions so far. A key that other documents already have is refused unless the librarian ticks merge.
 * Plain forms, signed-in librarians only, with the session's CSRF token.
 */
final class EditionsPage {

    static final String PATH = LibrarianPage.PATH + "/editions";
    static final String WORK = "work";
    static final String MERGE = "merge";
    /** The redirect's parameters: what the last post did, and the work it confirmed. */
    private static final String DONE = "done";
    private static final String CONFIRMED = "confirmed";
    private static final String DISMISSED = "dismissed";

    private final EditionReview review;
    private final Vocabulary vocabulary;
    private final LibrarianGate gate;
    private final LibrarianPage librarian;
    private final Templates templates;

    EditionsPage(EditionReview review, Vocabulary vocabulary, LibrarianGate gate, LibrarianPage librarian,
                 Templates templates) {
        this.review = review;
        this.vocabulary = vocabulary;
        this.gate = gate;
        this.librarian = librarian;
        this.templates = templates;
    }

    /** {@code GET /librarian/editions}: the proposals and the works, or the sign-in page when signed out. */
    void show(Context ctx) throws IOException {
        Optional<Session> session = gate.sessionOrSignIn(ctx);
        if (session.isEmpty()) {
            return;
        }
        Messages ui = Messages.of(ctx);
        String done = ctx.queryParam(DONE);
        String work = ctx.queryParam(WORK);
        String notice = DISMISSED.equals(done) ? ui.text("editions.done.dismissed")
                : CONFIRMED.equals(done) && work != null ? ui.text("editions.done.confirmed", work) : null;
        render(ctx, session.get(), notice, null, null);
    }

    /** {@code POST /librarian/editions/{key}/confirm}: makes the proposal's documents one work. */
    void confirm(Context ctx) throws IOException {
        Session session = librarian.verified(ctx);
        if (session == null) {
            return;
        }
        Optional<EditionProposal> proposal = proposal(ctx, session);
        if (proposal.isEmpty()) {
            return;
        }
        Messages ui = Messages.of(ctx);
        String work = ctx.formParam(WORK);
        try {
            EditionReview.Confirmed confirmed = review.confirm(proposal.get(), work, ctx.formParam(MERGE) != null);
            ctx.redirect(ui.href(PATH + "?" + DONE + "=" + CONFIRMED + "&" + WORK + "="
                    + URLEncoder.encode(confirmed.work(), StandardCharsets.UTF_8)), HttpStatus.SEE_OTHER);
        } catch (EditionReview.WorkTaken e) {
            ctx.status(HttpStatus.CONFLICT);
            String others = String.join(", ", e.others().stream().map(EditionsPage::title).toList());
            render(ctx, session, null, ui.text("editions.taken", e.work(), others),
                    new Sent(proposal.get().key(), work));
        } catch (InvalidMetadataException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, session, null, ui.text("librarian.notChanged", String.join(" ",
                    LibrarianPage.problems(ui, e))),
                    new Sent(proposal.get().key(), work));
        }
    }

    /** {@code POST /librarian/editions/{key}/dismiss}: the documents are not one work, for good. */
    void dismiss(Context ctx) throws IOException {
        Session session = librarian.verified(ctx);
        if (session == null) {
            return;
        }
        Optional<EditionProposal> proposal = proposal(ctx, session);
        if (proposal.isPresent()) {
            review.dismiss(proposal.get());
            ctx.redirect(Messages.of(ctx).href(PATH + "?" + DONE + "=" + DISMISSED), HttpStatus.SEE_OTHER);
        }
    }

    /** What a refused form sent, shown again in its proposal's form. */
    private record Sent(String proposal, String work) {
    }

    /** The proposal the address names; when it is gone, the page says so (a 404) and the answer is empty. */
    private Optional<EditionProposal> proposal(Context ctx, Session session) throws IOException {
        Optional<EditionProposal> proposal = review.proposal(ctx.pathParam("key"));
        if (proposal.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            render(ctx, session, null, Messages.of(ctx).text("editions.gone"), null);
        }
        return proposal;
    }

    private void render(Context ctx, Session session, String notice, String problem, Sent sent) throws IOException {
        String language = Messages.of(ctx).language();
        EvidenceWords evidence = new EvidenceWords(Messages.of(ctx), vocabulary, review.thesaurus());
        List<EditionsView.Proposal> proposals = review.proposals().stream().map(p -> new EditionsView.Proposal(
                p.key(), EditionReview.workKey(p), editions(p, language), evidence.lines(p), p.score())).toList();
        List<EditionsView.Work> works = review.works().stream().map(w -> new EditionsView.Work(w.key(),
                w.editions().stream().map(r -> edition(title(r), r.id(), r.language(), language)).toList())).toList();
        ctx.header("Cache-Control", "no-store");
        templates.render(ctx, "editionReview.jte", new EditionsView(session.csrfToken(), proposals, works, notice,
                problem, sent == null ? null : sent.proposal(), sent == null ? null : sent.work()));
    }

    private List<EditionsView.Edition> editions(EditionProposal proposal, String language) {
        return IntStream.range(0, proposal.ids().size()).mapToObj(i -> edition(
                proposal.titles().get(i), proposal.ids().get(i), proposal.languages().get(i), language)).toList();
    }

    private EditionsView.Edition edition(String title, String id, String documentLanguage, String language) {
        return new EditionsView.Edition(title, LibrarianPage.editHref(id),
                documentLanguage == null ? null : vocabulary.label(Dimension.LANGUAGE, documentLanguage, language));
    }

    private static String title(Resource resource) {
        return resource.title() != null ? resource.title() : resource.id();
    }
}
