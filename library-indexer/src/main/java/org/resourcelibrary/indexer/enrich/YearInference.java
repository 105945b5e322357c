package org.resourcelibrary.indexer.enrich;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.indexer.enrich.InferredValue.Strength;

/**
 * Finds the year a document was published from what it states, not from file dates (which conversions
 * and re-saves change): a publication statement on the first page ("Published 2016", "Publié en 2018",
 * "© 2019", "Publicado en 2017"), then a date or a year standing alone on the cover, then a year in the
 * title, then in the file name, then any date on the first page. Only plausible years count. Thread-safe.
 */
final class YearInference {

    static final int EARLIEST_YEAR = 1950;
    /** A cover line this short holding one year is a dateline ("Lusaka, 2017"), not a sentence. */
    static final int DATELINE_CHARS = 80;

    private static final String YEAR_DIGITS = "((?:19|20)\\d{2})";
    /** A year that does not start a range or an ISO date ("2007–2009", "2019-03-14"). */
    private static final String YEAR = YEAR_DIGITS + "(?![\\d–-])";
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?iu)(?:published|publication|publi[ée]e?|parution|publicad[oa]|publicaci[óo]n|publica[çc][ãa]o"
                    + "|[ée]dition|edici[óo]n|edi[çc][ãa]o|copyright|©|\\(c\\))[^\\n\\d]{0,30}?(?<![\\d–-])"
                    + YEAR);
    private static final Pattern DATE = Pattern.compile("(?iu)\\b(?:"
            + "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
            + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
            + "|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro"
            + "|spring|summer|autumn|fall|winter|printemps|[ée]t[ée]|automne|hiver|primavera|verano|oto[ñn]o"
            + "|invierno|ver[ãa]o|outono|inverno|quarter|trimestre)[\\s,]+(?:de\\s+|del\\s+)?" + YEAR
            + "|\\b\\d{1,2}[/.]\\d{1,2}[/.]" + YEAR + "|\\b" + YEAR_DIGITS + "-\\d{2}-\\d{2}\\b");
    private static final Pattern LONE_YEAR = Pattern.compile("(?<![\\d–-])" + YEAR);
    /** In file names dashes separate words: "newsletter-2023-q2". */
    private static final Pattern PATH_YEAR = Pattern.compile("(?<!\\d)" + YEAR_DIGITS + "(?!\\d)");

    private final int latestYear;

    /** @param latestYear the current year: no later year is plausible */
    YearInference(int latestYear) {
        this.latestYear = latestYear;
    }

    /** The year the document states it was published, or empty. */
    OptionalInt stated(DocumentText text, String title, String path) {
        Optional<InferredValue> found = find(text, title, path);
        return found.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(found.get().value()));
    }

    /**
     * The year the document states it was published, with its evidence: strong when the document says it (a
     * publication statement, a dateline on the cover, the title); weak when the year comes from the file path
     * or from any date on the first page (a footer, a letter's date).
     */
    Optional<InferredValue> find(DocumentText text, String title, String path) {
        Integer firstPage = text.firstPageNumber();
        Optional<InferredValue> year = found(first(PUBLISHED, text.firstPage()), Clue.FIRST_PAGE, firstPage, true);
        if (year.isEmpty()) {
            year = dateline(text.coverLines(), firstPage);
        }
        if (year.isEmpty() && title != null) {
            year = found(lone(title), Clue.TITLE, null, true);
        }
        if (year.isEmpty() && path != null) {
            year = found(first(PATH_YEAR, path), Clue.PATH, null, false);
        }
        return year.isEmpty() ? found(first(DATE, text.firstPage()), Clue.FIRST_PAGE, firstPage, false) : year;
    }

    /** A year found by a pattern, with the words that matched. */
    private record Match(int year, String words) {
    }

    private static Optional<InferredValue> found(Optional<Match> match, String place, Integer page, boolean strong) {
        return match.map(m -> InferredValue.of(MetadataField.YEAR, String.valueOf(m.year()),
                new Clue(m.words().strip(), place, page), strong ? Strength.STRONG : Strength.WEAK));
    }

    /** The one year of {@code text}, as {@link #onlyYear}, with the whole text as its words. */
    private Optional<Match> lone(String text) {
        OptionalInt year = onlyYear(text);
        return year.isPresent() ? Optional.of(new Match(year.getAsInt(), text)) : Optional.empty();
    }

    /** Whether {@code year} can be a publication year. */
    boolean plausible(int year) {
        return year >= EARLIEST_YEAR && year <= latestYear;
    }

    private Optional<Match> first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null && plausible(Integer.parseInt(matcher.group(group)))) {
                    return Optional.of(new Match(Integer.parseInt(matcher.group(group)), matcher.group()));
                }
            }
        }
        return Optional.empty();
    }

    /** The first cover line that is a date or a short line with one year ("Lusaka, 2017"). */
    private Optional<InferredValue> dateline(List<String> coverLines, Integer page) {
        for (String line : coverLines) {
            Optional<Match> date = first(DATE, line);
            if (date.isPresent()) {
                return found(Optional.of(new Match(date.get().year(), line)), Clue.COVER, page, true);
            }
            Optional<Match> year = line.length() <= DATELINE_CHARS ? lone(line) : Optional.empty();
            if (year.isPresent()) {
                return found(year, Clue.COVER, page, true);
            }
        }
        return Optional.empty();
    }

    /** The year in {@code text} if it holds exactly one plausible year. */
    private OptionalInt onlyYear(String text) {
        Matcher matcher = LONE_YEAR.matcher(text);
        OptionalInt found = OptionalInt.empty();
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            if (plausible(year)) {
                if (found.isPresent() && found.getAsInt() != year) {
                    return OptionalInt.empty();
                }
                found = OptionalInt.of(year);
            }
        }
        return found;
    }
}
