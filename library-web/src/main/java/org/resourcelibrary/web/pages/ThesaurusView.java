package org.resourcelibrary.web.pages;

/**
 * The thesaurus page, ready to print.
 *
 * @param csrf     the session's token, for the form
 * @param text     the file's text as shown in the editor (what was sent, when it was refused)
 * @param concepts how many concepts the thesaurus in use defines
 * @param notice   what the last save did, or null
 * @param problem  why the text sent was refused, or why the file as it is now is not in use; or null
 */
public record ThesaurusView(String csrf, String text, int concepts, String notice, String problem) {
}
