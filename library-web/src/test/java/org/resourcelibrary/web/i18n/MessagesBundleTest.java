package org.resourcelibrary.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.Refusal;
import org.resourcelibrary.web.pages.FieldNames;

/**
 * The four bundles say the same things: every English key in each language, with the same placeholders and
 * links, none empty, every pattern one {@link MessageFormat} reads; every key used by the code or the
 * templates; and no words in a template outside a message.
 */
class MessagesBundleTest {

    static final Path JAVA = Path.of("src/main/java");
    static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LINK = Pattern.compile("</?a>");
    private static final String LONE_APOSTROPHE = "(?<!')'(?!')";

    private static Map<String, String> english() {
        return Messages.bundles().get(Messages.DEFAULT_LANGUAGE);
    }

    @Test
    void everyLanguageHasEveryEnglishKeyAndNoOther() {
        for (String language : Messages.LANGUAGES) {
            assertThat(Messages.bundles().get(language).keySet()).as(language)
                    .containsExactlyInAnyOrderElementsOf(english().keySet());
        }
    }

    @Test
    void translationsHaveTheEnglishPlaceholdersAndLinks() {
        for (String language : Messages.LANGUAGES) {
            Map<String, String> bundle = Messages.bundles().get(language);
            english().forEach((key, pattern) -> {
                assertThat(all(PLACEHOLDER, bundle.get(key))).as(language + " " + key)
                        .isEqualTo(all(PLACEHOLDER, pattern));
                assertThat(links(bundle.get(key))).as(language + " " + key).isEqualTo(links(pattern));
            });
        }
    }

    @Test
    void noMessageIsEmptyOrUnreadable() {
        for (String language : Messages.LANGUAGES) {
            Messages.bundles().get(language).forEach((key, pattern) -> {
                assertThat(pattern).as(language + " " + key).isNotBlank()
                        // A straight apostrophe quotes in MessageFormat and would swallow the words after it
                        // (the refusals' English writes one as MessageFormat's '').
                        .doesNotContainPattern(LONE_APOSTROPHE);
                Object[] arguments = new Object[10];
                java.util.Arrays.fill(arguments, 1234);
                assertThat(new MessageFormat(pattern, Messages.in(language).locale()).format(arguments))
                        .as(language + " " + key).isNotBlank().doesNotContain("{");
            });
        }
    }

    @Test
    void frenchNeverBreaksALineBeforeItsPunctuationOrInsideGuillemets() {
        // French puts a space before : ; ? ! and inside « »: a no-break one, so that the sign never starts a line.
        Pattern breakable = Pattern.compile("[ \\t][:;?!»]|«[ \\t]");
        List<String> breaking = Messages.bundles().get("fr").entrySet().stream()
                .filter(message -> breakable.matcher(message.getValue()).find())
                .map(Map.Entry::getKey).sorted().toList();
        assertThat(breaking).isEmpty();
    }

    @Test
    void everyKeyIsUsedByTheCodeOrTheTemplates() throws IOException {
        StringBuilder sources = new StringBuilder();
        for (Path root : List.of(JAVA, TEMPLATES)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).forEach(file -> sources.append(read(file)));
            }
        }
        // A refusal's key is used by the refusal itself (see everyRefusalIsTranslatedAndNothingElseIsARefusal);
        // the metadata fields' names and the dimensions' headings are asked for by keys each derives (none written out).
        Set<String> fieldNames = Stream.concat(Arrays.stream(MetadataField.values()).map(FieldNames::messageKey),
                Arrays.stream(Dimension.values()).map(Messages::headingKey)).collect(Collectors.toSet());
        List<String> unused = english().keySet().stream().filter(key -> !key.startsWith(Refusal.KEY_PREFIX))
                .filter(key -> !fieldNames.contains(key))
                .filter(key -> !sources.toString().contains("\"" + key + "\"")).sorted().toList();
        assertThat(unused).isEmpty();
    }

    @Test
    void everyRefusalIsTranslatedAndNothingElseIsARefusal() {
        List<String> refusals = Messages.REFUSALS.stream().map(Refusal::key).toList();
        for (String language : Messages.LANGUAGES) {
            assertThat(Messages.bundles().get(language).keySet().stream()
                    .filter(key -> key.startsWith(Refusal.KEY_PREFIX))).as(language)
                    .containsExactlyInAnyOrderElementsOf(refusals);
        }
    }

    @Test
    void templatesHoldNoWordsOutsideMessages() throws IOException {
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            files.filter(file -> file.toString().endsWith(".jte"))
                    .sorted().forEach(file -> TemplateText
                    .words(read(file)).forEach(text -> words.add(TEMPLATES.relativize(file) + ": " + text)));
        }
        assertThat(words).isEmpty();
    }

    @Test
    void theTemplateScannerFindsWordsInTextAndInShownAttributes() {
        assertThat(TemplateText.words("@param String x\n<p class=\"a b\">Hello ${x}</p>")).containsExactly("Hello");
        assertThat(TemplateText.words("<a aria-label=\"Remove ${x}\" href=\"/\">${x}</a>")).containsExactly("Remove");
        assertThat(TemplateText.words("@template.layout(content = @`<h1>Results</h1>`, title = x)"))
                .containsExactly("Results");
        assertThat(TemplateText.words("@if(x.isEmpty())${ui.text(\"a.b\")}@else(none)@endif"))
                .containsExactly("(none)");
        assertThat(TemplateText.words("<a href=\"/api/docs\">API</a> · <b>×</b>")).isEmpty();
    }

    private static List<String> links(String pattern) {
        return LINK.matcher(pattern).results().map(MatchResult::group).toList();
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        pattern.matcher(text).results().forEach(m -> found.add(m.group(1)));
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
