package org.resourcelibrary.indexer.enrich;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        OptionalInt year = first(PUBLISHED, text.firstPage());
        if (year.isEmpty()) {
            year = dateline(text.coverLines());
        }
        if (year.isEmpty() && title != null) {
            year = onlyYear(title);
        }
        if (year.isEmpty() && path != null) {
            year = first(PATH_YEAR, path);
        }
        return year.isEmpty() ? first(DATE, text.firstPage()) : year;
    }

    /** Whether {@code year} can be a publication year. */
    boolean plausible(int year) {
        return year >= EARLIEST_YEAR && year <= latestYear;
    }

    private OptionalInt first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null && plausible(Integer.parseInt(matcher.group(group)))) {
                    return OptionalInt.of(Integer.parseInt(matcher.group(group)));
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The first cover line that is a date or a short line with one year ("Lusaka, 2017"). */
    private OptionalInt dateline(List<String> coverLines) {
        for (String line : coverLines) {
            OptionalInt year = first(DATE, line);
            if (year.isEmpty() && line.length() <= DATELINE_CHARS) {
                year = onlyYear(line);
            }
            if (year.isPresent()) {
                return year;
            }
        }
        return OptionalInt.empty();
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
