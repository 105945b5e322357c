package org.resourcelibrary.samples.synthetic;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.source.Block;
import org.resourcelibrary.samples.source.Page;
import org.resourcelibrary.samples.source.Slide;
import org.resourcelibrary.samples.source.SourceDocument;
import org.resourcelibrary.samples.source.SourceException;
import org.resourcelibrary.samples.source.SourceParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Command line: counts the words of the sample library's source bodies, per language, and writes the frozen
 * term lists the synthetic corpus draws from ({@code terms-<language>.tsv}: term, count; most frequent
 * first). Run it again only to refresh the lists on purpose: the corpus then changes.
 */
@Command(name = "build-term-lists", mixinStandardHelpOptions = true,
        description = "Writes the synthetic corpus's term lists from sample-docs/src/content.")
public final class TermListBuilder implements Callable<Integer> {

    /** Words: letters, possibly joined by an apostrophe or a hyphen; numbers are left out. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*");

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "sample-docs/src/content",
            description = "The sample sources (default: ${DEFAULT-VALUE}).")
    private Path content;

    @Option(names = "--out", paramLabel = "DIR",
            defaultValue = "sample-docs/src/main/resources/org/resourcelibrary/samples/synthetic",
            description = "Where the term lists go (default: ${DEFAULT-VALUE}).")
    private Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new TermListBuilder()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        SourceParser parser = new SourceParser(Vocabulary.standard());
        try (DirectoryStream<Path> sources = Files.newDirectoryStream(content, "[0-9][0-9]-*.txt")) {
            for (Path source : sources) {
                try {
                    SourceDocument document = parser.parse(source);
                    Map<String, Integer> language = counts.computeIfAbsent(document.metadata().language(),
                            l -> new HashMap<>());
                    text(document).forEach(text -> count(text, document.metadata().language(), language));
                } catch (SourceException e) {
                    spec.commandLine().getErr().println("skipped: " + e.getMessage());
                }
            }
        }
        for (Map.Entry<String, Map<String, Integer>> language : counts.entrySet()) {
            Path file = out.resolve(TermList.resourceName(language.getKey()));
            write(file, language.getValue());
            console.printf("%s: %d terms%n", file, language.getValue().size());
        }
        return 0;
    }

    private static List<String> text(SourceDocument document) {
        List<String> text = new ArrayList<>();
        for (Page page : document.pages()) {
            page.blocks().forEach(block -> blockText(block, text));
        }
        for (Slide slide : document.slides()) {
            text.add(slide.title());
            slide.blocks().forEach(block -> blockText(block, text));
            text.add(slide.notes());
        }
        document.sheets().forEach(sheet -> sheet.rows().forEach(row -> text.add(String.join(" ", row))));
        return text;
    }

    private static void blockText(Block block, List<String> text) {
        if (block instanceof Block.Heading h) {
            text.add(h.text());
        } else if (block instanceof Block.Paragraph p) {
            text.add(p.text().plain());
        } else if (block instanceof Block.ListBlock l) {
            l.items().forEach(item -> text.add(item.plain()));
        } else if (block instanceof Block.Table t) {
            t.header().forEach(cell -> text.add(cell.plain()));
            t.rows().forEach(row -> row.forEach(cell -> text.add(cell.plain())));
        }
    }

    private static void count(String text, String language, Map<String, Integer> counts) {
        Matcher word = WORD.matcher(text);
        Locale locale = Locale.forLanguageTag(language);
        while (word.find()) {
            counts.merge(word.group().replace('’', '\'').toLowerCase(locale), 1, Integer::sum);
        }
    }

    private static void write(Path file, Map<String, Integer> counts) throws IOException {
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Files.createDirectories(file.getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("# term\tcount: words of the sample library's sources, most frequent first\n");
            for (Map.Entry<String, Integer> entry : ranked) {
                writer.write(entry.getKey() + "\t" + entry.getValue() + "\n");
            }
        }
    }
}
