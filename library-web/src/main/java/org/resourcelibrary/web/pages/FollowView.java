package org.resourcelibrary.web.pages;

/**
 * The page answering the results page's "E-mail me new documents" form.
 *
 * @param address    where the confirmation link was sent, or null when it was not
 * @param problem    why nothing was sent, in words, or null
 * @param searchHref the search followed, on the search page
 * @param action     where the form posts when it is shown again, or null when it is not (sent, or asking again
 *                   would not help)
 * @param email      the address as typed, to correct it
 * @param frequency  the frequency chosen ({@code daily} or {@code weekly}), or null
 */
public record FollowView(String address, String problem, String searchHref, String action, String email,
                         String frequency) {

    static FollowView sent(String address, String searchHref) {
        return new FollowView(address, null, searchHref, null, null, null);
    }

    static FollowView refused(String problem, String searchHref, String action, String email, String frequency) {
        return new FollowView(null, problem, searchHref, action, email, frequency);
    }

    /** The message that titles the page. */
    public String titleKey() {
        return address != null ? "follow.title.sent" : "follow.title.refused";
    }
}
