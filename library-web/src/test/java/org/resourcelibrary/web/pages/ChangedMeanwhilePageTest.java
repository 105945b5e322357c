package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resourcelibrary.core.model.Resource;

/**
 * Two librarians editing one document from pages opened at the same version: the second to save is told that
 * the document changed meanwhile, sees its values now, and keeps what it typed; nothing is written over unseen.
 */
class ChangedMeanwhilePageTest {

    private static final String EDIT = "/librarian/documents/zm-toolkit";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([^\"]+)\"");

    @RegisterExtension
    final ToolkitLibrarian librarian = new ToolkitLibrarian();

    @Test
    void theEditFormCarriesTheVersionTheApiGivesTheDocument() {
        librarian.server().signIn();

        String version = version(librarian.server().get(EDIT).body());

        assertThat(version).isEqualTo(librarian.server().get("/api/documents/zm-toolkit").headers()
                .firstValue("ETag").orElseThrow().replace("\"", "&#34;"));
    }

    @Test
    void aSaveFromAPageAnotherSaveReplacedChangesNothingAndKeepsWhatWasTyped() {
        String csrf = librarian.server().signIn();
        String version = version(librarian.server().get(EDIT).body());
        assertThat(librarian.server().post(EDIT, form(csrf, version, "Case management toolkit for Zambia",
                "First Librarian Organisation")).statusCode()).isEqualTo(303);

        HttpResponse<String> second = librarian.server().post(EDIT, form(csrf, version, "My own title",
                "My own organisation"));

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("Someone else changed this document since you opened it")
                .contains("value=\"My own title\"").contains("value=\"My own organisation\"");
        assertThat(changedMeanwhile(second.body())).contains("First Librarian Organisation")
                .contains("Case management toolkit for Zambia").doesNotContain("My own");
        Resource stored = librarian.library().library.get("zm-toolkit").orElseThrow();
        assertThat(stored.title()).isEqualTo("Case management toolkit for Zambia");
        assertThat(stored.organization()).isEqualTo("First Librarian Organisation");
    }

    @Test
    void theFormShownAfterAConflictSavesOnTheCurrentVersion() {
        String csrf = librarian.server().signIn();
        String version = version(librarian.server().get(EDIT).body());
        librarian.server().post(EDIT, form(csrf, version, "Case management toolkit for Zambia", "First"));
        String conflict = librarian.server().post(EDIT, form(csrf, version, "My own title", "Mine")).body();

        HttpResponse<String> again = librarian.server().post(EDIT, form(csrf, version(conflict).replace("&#34;", "\""),
                "My own title", "Mine"));

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(librarian.library().library.get("zm-toolkit").orElseThrow().title()).isEqualTo("My own title");
    }

    @Test
    void theConflictIsSaidInThePagesLanguage() {
        String csrf = librarian.server().signIn();
        String version = version(librarian.server().get(EDIT + "?lang=fr").body());
        librarian.server().post(EDIT + "?lang=fr", form(csrf, version, "Case management toolkit for Zambia", "First"));

        HttpResponse<String> second = librarian.server().post(EDIT + "?lang=fr", form(csrf, version, "Mon titre",
                "Mine"));

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("Quelqu’un d’autre a modifié ce document")
                .contains("Ses valeurs actuelles");
    }

    @Test
    void aDeletionFromAPageAnotherSaveReplacedDeletesNothing() {
        String csrf = librarian.server().signIn();
        String version = version(librarian.server().get(EDIT).body());
        librarian.server().post(EDIT, form(csrf, version, "Case management toolkit for Zambia", "First"));

        HttpResponse<String> deletion = librarian.server().post(EDIT + "/delete", Map.of("csrf", csrf,
                "version", version.replace("&#34;", "\""), "confirm", "yes"));

        assertThat(deletion.statusCode()).isEqualTo(409);
        assertThat(deletion.body()).contains("so it was not deleted");
        assertThat(librarian.library().library.get("zm-toolkit")).isPresent();
    }

    @Test
    void aFormWithoutAVersionSavesAsBefore() {
        String csrf = librarian.server().signIn();
        Map<String, String> fields = form(csrf, "", "A title without a version", "Org");
        fields.remove("version");

        assertThat(librarian.server().post(EDIT, fields).statusCode()).isEqualTo(303);
        assertThat(librarian.library().library.get("zm-toolkit").orElseThrow().title())
                .isEqualTo("A title without a version");
    }

    /** The edit form as the page fills it in, with a title and organisation typed. */
    private static Map<String, String> form(String csrf, String version, String title, String organization) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", csrf);
        fields.put("version", version.replace("&#34;", "\""));
        fields.put("title", title);
        fields.put("type", "toolkit");
        fields.put("countries", "ZM");
        fields.put("topics", "case-management");
        fields.put("language", "en");
        fields.put("year", "2019");
        fields.put("organization", organization);
        fields.put("summary", "Summary of Case management toolkit for Zambia");
        fields.put("keywords", "keyword");
        fields.put("authors", "A. Author");
        return fields;
    }

    /** The version the page's edit form carries, as written in the page. */
    private static String version(String page) {
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).as("the form has a version").isTrue();
        return version.group(1);
    }

    /** The notice of the values a change made meanwhile left. */
    private static String changedMeanwhile(String page) {
        int start = page.indexOf("id=\"changed-meanwhile\"");
        assertThat(start).as("the page lists the values now").isPositive();
        return page.substring(start, page.indexOf("</div>", start));
    }
}
