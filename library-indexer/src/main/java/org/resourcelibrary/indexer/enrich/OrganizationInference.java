package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.enrich.InferredValue.Strength;

/**
 * Finds the publishing organisation on a document's cover, best effort: an organisation the library
 * already knows (from the manifest), then a "Published by …" statement, then the first cover line shaped
 * like an organisation's name ("Ministry of …", "… Network", "Instituto …"). The first two are strong
 * evidence; a line that only looks like a name is weak, and queued for a librarian's look. Thread-safe.
 */
final class OrganizationInference {

    static final int MIN_NAME_CHARS = 4;
    static final int MAX_NAME_CHARS = 150;
    /** An organisation's name has few words; a longer line is a sentence that happens to name one. */
    static final int MAX_NAME_WORDS = 15;
    /** Where in a name the word saying what kind of body it is stands: among the first words, or last. */
    static final int LEADING_WORDS = 3;

    private static final Pattern BODY_WORD = Pattern.compile("(?iu)^(?:ministry|minist[èe]re|ministerio|minist[ée]rio"
            + "|government|gouvernement|gobierno|governo|network|r[ée]seau|red|rede|institute|institut|instituto"
            + "|association|associa[çc][ãa]o|asociaci[óo]n|council|conseil|consejo|conselho"
            + "|alliance|alianza|alian[çc]a|consortium|consorcio|cons[óo]rcio|forum|foro|f[óo]rum"
            + "|foundation|fondation|fundaci[óo]n|funda[çc][ãa]o|collaborative|hub|initiative|iniciativa"
            + "|organi[sz]ation|organizaci[óo]n|organiza[çc][ãa]o|agency|agence"
            + "|agencia|ag[êe]ncia|department|d[ée]partement|departamento|society|soci[ée]t[ée]|sociedad|sociedade"
            + "|university|universit[ée]|universidad|universidade|coalition|coalici[óo]n|coaliz[ãa]o|federation"
            + "|f[ée]d[ée]ration|federaci[óo]n|federa[çc][ãa]o|regroupement|union|uni[óo]n|uni[ãa]o|unicef"
            + "|secretariat"
            + "|secr[ée]tariat|secretar[íi]a|commission|comisi[óo]n|comiss[ãa]o|trust|fund|fonds|fondo|fundo"
            + "|observatory|observatoire|observatorio|observat[óo]rio|platform|plateforme|plataforma)$");
    private static final Pattern PUBLISHED_BY = Pattern.compile("(?iu)\\b(?:published by|publisher|publi[ée]e? par"
            + "|[ée]diteur|publicad[oa] por|editad[oa] por|publica[çc][ãa]o)\\b\\s*[:|\\t]?\\s*(.+)");
    /** Where a cover line stops naming the organisation: a sentence, a cell, a dash or a comma before more. */
    private static final Pattern NAME_END = Pattern.compile("\\.\\s|\\t|\\s\\|\\s|,\\s|\\s[—–-]\\s");
    /** A label before the name ("Facilitation: Instituto …"). */
    private static final Pattern LABEL = Pattern.compile("^[^:]{1,40}:\\s+");

    private record KnownName(String name, String folded) {
    }

    private final List<KnownName> known;

    /** @param known organisations the library knows by name, found on a cover before anything else */
    OrganizationInference(Collection<String> known) {
        List<KnownName> names = new ArrayList<>();
        for (String name : known) {
            String folded = Vocabulary.fold(name);
            if (folded.length() >= MIN_NAME_CHARS) {
                names.add(new KnownName(name.strip(), folded));
            }
        }
        // Longest first: "Network" must not be found before "West Africa Child Protection Network".
        names.sort(Comparator.comparingInt((KnownName k) -> k.folded().length()).reversed());
        this.known = List.copyOf(names);
    }

    /** The publishing organisation named on the cover of {@code text}, or empty. */
    Optional<String> infer(DocumentText text) {
        return find(text).map(InferredValue::value);
    }

    /** The publishing organisation, as {@link #infer}, with the cover line it was read from as evidence. */
    Optional<InferredValue> find(DocumentText text) {
        List<String> cover = text.coverLines();
        Optional<InferredValue> found = knownOn(cover).map(name -> read(name, lineNaming(cover, name), text,
                Strength.STRONG));
        for (int i = 0; found.isEmpty() && i < cover.size(); i++) {
            Matcher publishedBy = PUBLISHED_BY.matcher(cover.get(i));
            if (publishedBy.find()) {
                String line = cover.get(i);
                found = clean(publishedBy.group(1)).map(name -> read(name, line, text, Strength.STRONG));
            }
        }
        for (int i = 0; found.isEmpty() && i < cover.size(); i++) {
            String line = cover.get(i);
            Matcher label = LABEL.matcher(line);
            Optional<String> name = clean(label.lookingAt() ? line.substring(label.end()) : line);
            if (name.isPresent() && looksLikeOrganization(name.get())) {
                found = Optional.of(read(name.get(), line, text, Strength.WEAK));
            }
        }
        return found;
    }

    private static InferredValue read(String name, String line, DocumentText text, Strength strength) {
        return InferredValue.of(MetadataField.ORGANIZATION, name, new Clue(line, Clue.COVER, text.firstPageNumber()),
                strength);
    }

    /** The cover line naming {@code name}; the name itself when it runs over several lines. */
    private static String lineNaming(List<String> cover, String name) {
        String folded = Vocabulary.fold(name);
        return cover.stream().filter(line -> Vocabulary.fold(line).contains(folded)).findFirst().orElse(name);
    }

    /** The start of {@code line} up to where a name would stop (a sentence end, a cell, a dash, a comma). */
    static String leadingName(String line) {
        Matcher end = NAME_END.matcher(line);
        return (end.find() ? line.substring(0, end.start()) : line).strip().replaceAll("[\\s.;:,]+$", "");
    }

    /** Whether a line reads like an organisation's name: few words, one of them saying what kind of body. */
    static boolean looksLikeOrganization(String line) {
        String[] words = line.strip().split("[\\s,]+");
        if (words.length == 0 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        for (int i = 0; i < Math.min(LEADING_WORDS, words.length); i++) {
            if (BODY_WORD.matcher(words[i]).matches()) {
                return true;
            }
        }
        return BODY_WORD.matcher(words[words.length - 1].replaceAll("\\W+$", "")).matches();
    }

    private Optional<String> knownOn(List<String> cover) {
        String page = " " + Vocabulary.fold(String.join(" \n ", cover)) + " ";
        for (KnownName name : known) {
            if (page.contains(" " + name.folded() + " ")) {
                return Optional.of(name.name());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> clean(String line) {
        String name = leadingName(line);
        boolean fits = name.length() >= MIN_NAME_CHARS && name.length() <= MAX_NAME_CHARS;
        return fits ? Optional.of(name) : Optional.empty();
    }
}
