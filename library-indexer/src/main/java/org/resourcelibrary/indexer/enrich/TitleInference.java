package org.resourcelibrary.indexer.enrich;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a document a clean title. A title from the file's properties is used only if it is a real one (not
 * "Microsoft Word - final_v3.docx", "PowerPoint Presentation", "Book1", "Draft 2 - do not circulate");
 * otherwise the title is read from the cover (a "Title:" cell, or the first line shaped like a title, with
 * its subtitle), and failing that made from the file name. Thread-safe.
 */
final class TitleInference {

    static final int MIN_TITLE_CHARS = 6;
    static final int MAX_TITLE_CHARS = 250;
    static final int MIN_TITLE_WORDS = 2;
    /** A title is mostly letters; less than this share and it is a code, a date or a number. */
    static final double MIN_LETTER_SHARE = 0.6;
    /** A subtitle is short; a longer line after the title is the start of the text. */
    static final int MAX_SUBTITLE_CHARS = 160;
    /** A title line longer than this is complete: the line after it is not its subtitle. */
    static final int MAX_JOINED_TITLE_CHARS = 70;

    private static final Pattern JUNK = Pattern.compile("(?iu)^(?:microsoft\\s+(?:word|excel|powerpoint)\\s*-"
            + "|(?:draft|brouillon|borrador|rascunho|copy of|copie de|copia de|c[óo]pia de)\\b"
            + "|(?:untitled|sans titre|sin t[íi]tulo|sem t[íi]tulo|no title|title|titre|t[íi]tulo)\\s*\\d*$"
            + "|(?:new |nouveau |nuevo |novo )?(?:document|documento|doc|book|classeur|libro|pasta|hoja|feuil|sheet"
            + "|folha|presentation|pr[ée]sentation|presentaci[óo]n|apresenta[çc][ãa]o|slide|diapositive|diapositiva"
            + "|powerpoint presentation|pr[ée]sentation powerpoint|presentaci[óo]n de powerpoint"
            + "|apresenta[çc][ãa]o do powerpoint|workbook|template|mod[èe]le|plantilla|modelo)\\s*\\d*$)");
    private static final Pattern JUNK_ANYWHERE = Pattern.compile("(?iu)\\bfinal\\b.*\\bfinal\\b|\\(\\d+\\)\\s*$"
            + "|\\bv\\d+(?:\\.\\d+)*\\b|do not circulate|ne pas diffuser|no difundir|n[ãa]o divulgar"
            + "|\\.(?:docx?|xlsx?|pptx?|pdf|odt|ods|odp|rtf|txt|html?)\\s*$|^[^\\s]*_[^\\s]*$");
    private static final Pattern LABELLED = Pattern.compile("(?iu)^(?:title|titre|t[íi]tulo)\\s*[:|\\t]\\s*(.+)$");
    /** Cover lines that are not the title: the state, a date line, a heading of the front matter. */
    private static final Pattern NOT_TITLE = Pattern.compile("(?iu)^(?:republic of|r[ée]publique|rep[úu]blica"
            + "|government of|gouvernement|gobierno|governo|kingdom of|royaume|reino|federal republic"
            + "|table of contents|contents|sommaire|table des mati[èe]res|[íi]ndice|sum[áa]rio|foreword|preface"
            + "|pr[ée]face|prefacio|pref[áa]cio|acknowledg|remerciements|agradecimientos|agradecimentos"
            + "|abbreviations|acronyms|sigles|siglas|executive summary|r[ée]sum[ée] ex[ée]cutif|resumen ejecutivo"
            + "|resumo executivo|summary|published|publi[ée]|publicado|to:|from:|date:|de:|para:|fecha:|data:)"
            + "|https?://|www\\.|@");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in",
            "of", "on", "or", "the", "to", "with", "à", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la",
            "le", "les", "pour", "sur", "un", "une", "con", "del", "el", "los", "las", "por", "y", "da", "das", "do",
            "dos", "e", "em", "na", "nas", "no", "nos", "o", "os", "um", "uma");
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");
    /** Words in file names that say which copy it is, not what it is. */
    private static final Pattern FILE_NOISE = Pattern.compile("(?iu)\\b(?:v\\d+|final|draft|copy|rev\\d*)\\b");

    /** Whether {@code title} (from a file's properties) is a real title rather than a program's placeholder. */
    static boolean isUsable(String title) {
        if (title == null) {
            return false;
        }
        String trimmed = title.strip();
        if (trimmed.length() < MIN_TITLE_CHARS || trimmed.length() > MAX_TITLE_CHARS
                || trimmed.split("\\s+").length < MIN_TITLE_WORDS) {
            return false;
        }
        long letters = trimmed.chars().filter(Character::isLetter).count();
        long visible = trimmed.chars().filter(c -> !Character.isWhitespace(c)).count();
        return letters >= MIN_LETTER_SHARE * visible && !JUNK.matcher(trimmed).find()
                && !JUNK_ANYWHERE.matcher(trimmed).find();
    }

    /** The title on the cover of {@code text}: a "Title" cell or line, or the first title-shaped line. */
    Optional<String> fromCover(DocumentText text) {
        return findOnCover(text).map(CoverTitle::title);
    }

    /**
     * A title read off a cover, with the line it was read from.
     *
     * @param labelled whether the cover says it is the title ("Title: …"); otherwise it is the first line
     *                 shaped like one, which may be a heading or a slogan
     */
    record CoverTitle(String title, String line, boolean labelled) {
    }

    /** The title on the cover of {@code text}, as {@link #fromCover}, with the line it comes from. */
    Optional<CoverTitle> findOnCover(DocumentText text) {
        List<String> cover = text.coverLines();
        for (String line : cover) {
            Matcher labelled = LABELLED.matcher(line);
            if (labelled.matches() && isUsable(labelled.group(1))) {
                return Optional.of(new CoverTitle(labelled.group(1).strip(), line, true));
            }
        }
        for (int i = 0; i < cover.size(); i++) {
            if (isTitleLine(cover.get(i))) {
                Wrapped line = unwrap(cover, i, text);
                String title = sentenceCase(line.text());
                String subtitle = line.next() < cover.size() ? unwrap(cover, line.next(), text).text() : "";
                if (title.length() <= MAX_JOINED_TITLE_CHARS && !title.contains(":") && isSubtitle(subtitle)) {
                    title = title + ": " + sentenceCase(subtitle);
                }
                return Optional.of(new CoverTitle(title, line.text(), false));
            }
        }
        return Optional.empty();
    }

    /** A cover line with the lines it wraps onto, and the index of the line after them. */
    private record Wrapped(String text, int next) {
    }

    /** Cover line {@code from} joined with the lines its words wrapped onto ("… Workers in South" / "Africa"). */
    private static Wrapped unwrap(List<String> cover, int from, DocumentText text) {
        String joined = cover.get(from);
        int next = from + 1;
        while (next < cover.size() && text.followsOnFirstPage(cover.get(next - 1), cover.get(next))
                && continues(joined, cover.get(next), text)) {
            joined = joined + " " + cover.get(next);
            next++;
        }
        return new Wrapped(joined, next);
    }

    /**
     * Whether {@code next} carries on {@code line} rather than starting something else: it goes on in lower
     * case, or the line ends on a word no title ends with ("in", "de"), or the two words either side of the
     * break are written together elsewhere in the text ("South Africa", "protección infantil").
     */
    private static boolean continues(String line, String next, DocumentText text) {
        if (line.length() + 1 + next.length() > MAX_TITLE_CHARS || next.indexOf('\t') >= 0
                || NOT_TITLE.matcher(next).find()) {
            return false;
        }
        String lastWord = line.substring(line.lastIndexOf(' ') + 1);
        int space = next.indexOf(' ');
        String firstWord = space < 0 ? next : next.substring(0, space);
        return Character.isLowerCase(next.charAt(0)) || SMALL_WORDS.contains(lastWord.toLowerCase(Locale.ROOT))
                || Character.isLetter(lastWord.charAt(lastWord.length() - 1))
                        && text.contains(lastWord + " " + firstWord);
    }

    /** A usable line that is not a table row, a salutation, a paragraph or an organisation's name. */
    private static boolean isTitleLine(String line) {
        return isUsable(line) && !NOT_TITLE.matcher(line).find() && line.indexOf('\t') < 0
                && !line.endsWith(",") && !line.endsWith(";")
                && !(line.length() > MAX_SUBTITLE_CHARS && line.endsWith("."))
                && (line.contains(":") || !OrganizationInference.looksLikeOrganization(
                        OrganizationInference.leadingName(line)));
    }

    private static boolean isSubtitle(String line) {
        return !line.isEmpty() && isTitleLine(line) && line.length() <= MAX_SUBTITLE_CHARS && !line.endsWith(".")
                && !Character.isLowerCase(line.charAt(0));
    }

    /** A line in capitals ("INTERNAL MEMO: OPTIONS FOR …") reads better in title case. */
    private static String sentenceCase(String line) {
        String trimmed = line.strip();
        if (!trimmed.equals(trimmed.toUpperCase(Locale.ROOT))) {
            return trimmed;
        }
        StringBuilder out = new StringBuilder();
        for (String word : trimmed.toLowerCase(Locale.ROOT).split(" ")) {
            boolean small = out.length() > 0 && SMALL_WORDS.contains(word) && !out.toString().endsWith(":");
            String cased = small || word.isEmpty() ? word
                    : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            out.append(out.length() > 0 ? " " : "").append(cased);
        }
        return out.toString();
    }

    /** A title made from a file name, for a document with none: "ZM_SSW_final_v3.docx" → "ZM SSW". */
    static String fromFileName(String fileName) {
        String name = fileName == null ? "" : fileName.substring(fileName.lastIndexOf('/') + 1);
        String spaced = EXTENSION.matcher(name).replaceAll("").replaceAll("[_\\-.]+", " ");
        String words = FILE_NOISE.matcher(spaced).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (words.isEmpty()) {
            return name.isEmpty() ? "Untitled" : name;
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
