package org.resourcelibrary.core.thesaurus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The thesaurus file's form, SKOS in a spreadsheet: one label a line, {@code concept,language,kind,label},
 * where kind is {@code prefLabel} or {@code altLabel}; lines starting with {@code #} are comments. A label
 * with a comma or a quote is quoted as in any CSV ({@code "Planning, budgeting"}).
 */
public final class ThesaurusCsv {

    /** The first line that is not a comment. */
    public static final String HEADER = "concept,language,kind,label";
    public static final String PREFERRED = "prefLabel";
    public static final String ALTERNATIVE = "altLabel";
    /** Longest label accepted, in characters. */
    public static final int MAX_LABEL_LENGTH = 200;
    /** Most words of a label: a query is searched for labels of at most this many words. */
    public static final int MAX_LABEL_WORDS = 8;
    /** Largest thesaurus file accepted, in characters. */
    public static final int MAX_FILE_LENGTH = 2_000_000;

    private static final Pattern CONCEPT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private ThesaurusCsv() {
    }

    /**
     * The concepts of a thesaurus file, in the order they first appear.
     *
     * @throws ThesaurusException naming the first line at fault
     */
    public static List<Concept> parse(String text, Vocabulary vocabulary) {
        if (text.length() > MAX_FILE_LENGTH) {
            throw new ThesaurusException(0, ThesaurusRefusal.THESAURUS_FILE_TOO_LONG, text.length(),
                    MAX_FILE_LENGTH);
        }
        Map<String, List<Label>> labels = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        Set<String> seen = new HashSet<>();
        boolean header = false;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.strip().equals(HEADER)) {
                    throw new ThesaurusException(number, ThesaurusRefusal.THESAURUS_HEADER, HEADER);
                }
                header = true;
                continue;
            }
            List<String> cells = cells(line, number);
            if (cells.size() != 4) {
                throw new ThesaurusException(number, ThesaurusRefusal.THESAURUS_CELLS, HEADER, cells.size());
            }
            String id = cells.get(0).strip();
            Label label = label(cells, number);
            checkConcept(id, number, vocabulary);
            String key = id + "\t" + label.language() + "\t" + Vocabulary.fold(label.text());
            if (!seen.add(key)) {
                throw new ThesaurusException(number, ThesaurusRefusal.THESAURUS_LABEL_TWICE, label.text(),
                        label.language(), id);
            }
            List<Label> ofConcept = labels.computeIfAbsent(id, k -> new ArrayList<>());
            if (label.preferred() && ofConcept.stream().anyMatch(l -> l.preferred()
                    && l.language().equals(label.language()))) {
                throw new ThesaurusException(number, ThesaurusRefusal.THESAURUS_PREFERRED_TWICE, id,
                        label.language());
            }
            firstLine.putIfAbsent(id, number);
            ofConcept.add(label);
        }
        if (!header) {
            throw new ThesaurusException(0, ThesaurusRefusal.THESAURUS_NO_HEADER, HEADER);
        }
        List<Concept> concepts = new ArrayList<>();
        labels.forEach((id, ofConcept) -> {
            boolean english = ofConcept.stream().anyMatch(l -> l.preferred() && l.language().equals("en"));
            if (!english && !id.contains(":")) {
                throw new ThesaurusException(firstLine.get(id), ThesaurusRefusal.THESAURUS_NO_ENGLISH, id);
            }
            concepts.add(new Concept(id, ofConcept));
        });
        return concepts;
    }

    private static Label label(List<String> cells, int number) {
        String language = cells.get(1).strip();
        if (!Vocabulary.LABEL_LANGUAGES.contains(language)) {
            throw new ThesaurusException(number, ThesaurusRefusal.THESAURUS_LANGUAGE, Vocabulary.LABEL_LANGUAGES,
                    language);
        }
        String kind = cells.get(2).strip();
        if (!kind.equals(PREFERRED) && !kind.equals(ALTERNATIVE)) {
            throw new ThesaurusException(number, ThesaurusRefusal.THESAURUS_KIND, PREFERRED, ALTERNATIVE, kind);
        }
        String text = cells.get(3).strip();
        if (Vocabulary.fold(text).isEmpty()) {
            throw new ThesaurusException(number, ThesaurusRefusal.THESAURUS_NO_LETTERS);
        }
        if (text.length() > MAX_LABEL_LENGTH) {
            throw new ThesaurusException(number, ThesaurusRefusal.THESAURUS_LABEL_TOO_LONG, text.length(),
                    MAX_LABEL_LENGTH);
        }
        if (Vocabulary.fold(text).split(" ").length > MAX_LABEL_WORDS) {
            throw new ThesaurusException(number, ThesaurusRefusal.THESAURUS_LABEL_WORDS, MAX_LABEL_WORDS);
        }
        return new Label(language, kind.equals(PREFERRED), text);
    }

    private static void checkConcept(String id, int number, Vocabulary vocabulary) {
        if (!CONCEPT_ID.matcher(id).matches()) {
            throw new ThesaurusException(number, ThesaurusRefusal.THESAURUS_CONCEPT_ID, id);
        }
        int colon = id.indexOf(':');
        if (colon < 0) {
            return;
        }
        String prefix = id.substring(0, colon);
        String code = id.substring(colon + 1);
        Dimension dimension = Dimension.fromParam(prefix).filter(Concept.NAMED_DIMENSIONS::contains)
                .orElseThrow(() -> new ThesaurusException(number, ThesaurusRefusal.THESAURUS_CONCEPT_PREFIX, id,
                        "country, region, topic, type"));
        if (!vocabulary.isKnown(dimension, code)) {
            throw new ThesaurusException(number, ThesaurusRefusal.THESAURUS_CONCEPT_UNKNOWN, id, prefix, code);
        }
    }

    /** The values of one CSV line: commas separate them, double quotes enclose any with a comma or quote. */
    static List<String> cells(String line, int number) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new ThesaurusException(number, ThesaurusRefusal.THESAURUS_QUOTE);
        }
        cells.add(cell.toString());
        return cells;
    }
}
