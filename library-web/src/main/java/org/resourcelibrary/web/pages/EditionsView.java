package org.resourcelibrary.web.pages;

import gg.jte.Content;
import java.util.List;

/**
 * The editions page, ready to print: what ingest proposes as editions of one work, and the works so far.
 *
 * @param csrf      the session's token, for the forms
 * @param proposals the proposals not yet confirmed or dismissed, most alike first
 * @param works     the works that group editions, by key
 * @param notice    what the last confirmation or dismissal did, or null
 * @param problem   why the last one was refused, or null
 * @param refused   the key of the proposal the problem is about (its form shows what was sent), or null
 * @param sentWork  the work key that proposal's form sent, or null
 */
public record EditionsView(String csrf, List<Proposal> proposals, List<Work> works, String notice, String problem,
                           String refused, String sentWork) {

    /**
     * Documents proposed as one work.
     *
     * @param key       the proposal's key, which its forms post to
     * @param suggested the work key a confirmation gives when the librarian gives none
     * @param editions  the documents, by the library's languages' order
     * @param evidence  why they look like one work, a line each, in the page's language
     * @param score     how alike they are, 0 to 1
     */
    public record Proposal(String key, String suggested, List<Edition> editions, List<Content> evidence,
                           double score) {
    }

    /** A work and its editions. */
    public record Work(String key, List<Edition> editions) {
    }

    /**
     * One document of a work or proposal.
     *
     * @param href     its librarian page
     * @param language its language's name in the page's language, or null when unknown
     */
    public record Edition(String title, String href, String language) {
    }

    /** The work key a proposal's form shows: what was sent, when it was refused, else the suggested one. */
    public String workFor(Proposal proposal) {
        return proposal.key().equals(refused) && sentWork != null ? sentWork : proposal.suggested();
    }
}
