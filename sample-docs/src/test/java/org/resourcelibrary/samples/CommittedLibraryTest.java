package org.resourcelibrary.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.samples.source.Format;

/**
 * The committed sample library ({@code sample-docs/library}, written by the generator on main) against
 * {@code src/content/CATALOGUE.md}. Skipped while the library has not been generated.
 */
class CommittedLibraryTest {

    private static final int MIN_DOCUMENTS = 60;
    private static final int MIN_FORMATS = 8;
    private static final int MIN_LANGUAGES = 4;
    private static final double MIN_MANIFEST_SHARE = 0.75;
    private static final double MAX_MANIFEST_SHARE = 0.85;
    /** Enough documents in every language to judge its search (issue 16). */
    private static final int MIN_DOCUMENTS_PER_LANGUAGE = 12;
    /** Works that exist as editions in two or more languages, to measure how editions are grouped. */
    private static final int MIN_MULTILINGUAL_WORKS = 5;

    /** A catalogue row: the columns of the table in CATALOGUE.md. */
    private record Entry(String file, String format, String language, String countries, String topics, String type,
                         String year, String organization, String manifest, String work) {
    }

    private LibraryLayout layout;
    private List<Entry> catalogue;

    @BeforeEach
    void requireGeneratedLibrary() throws IOException {
        layout = LibraryLayout.of(Fixtures.moduleDir());
        assumeTrue(Files.isDirectory(layout.library()), "sample-docs/library has not been generated yet");
        catalogue = catalogue(layout.content().resolve("CATALOGUE.md"));
    }

    private static List<Entry> catalogue(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|", -1);
            if (cells.length > 12 && cells[1].strip().matches("\\d{2}")) {
                entries.add(new Entry(cells[3].strip(), cells[4].strip(), cells[5].strip(), cells[6].strip(),
                        cells[7].strip(), cells[8].strip(), cells[9].strip(), cells[10].strip(), cells[11].strip(),
                        cells.length > 14 ? cells[13].strip() : ""));
            }
        }
        return entries;
    }

    @Test
    void everyCatalogueDocumentIsInTheLibraryWithItsFormatsExtension() {
        for (Entry entry : catalogue) {
            Format format = Format.fromCode(entry.format().replace("scanned pdf", "scanned-pdf")).orElseThrow();
            assertThat(entry.file()).endsWith("." + format.extension());
            assertThat(layout.library().resolve(entry.file())).as(entry.file()).isNotEmptyFile();
        }
    }

    @Test
    void libraryIsLargeAndVaried() {
        assertThat(catalogue).hasSizeGreaterThanOrEqualTo(MIN_DOCUMENTS);
        assertThat(catalogue.stream().map(Entry::format).distinct()).hasSizeGreaterThanOrEqualTo(MIN_FORMATS);
        assertThat(catalogue.stream().map(Entry::language).distinct()).hasSizeGreaterThanOrEqualTo(MIN_LANGUAGES);
    }

    @Test
    void manifestCoversAboutEightyPercent() throws IOException {
        double share = (double) Fixtures.csv(layout.manifest()).size() / catalogue.size();

        assertThat(share).isBetween(MIN_MANIFEST_SHARE, MAX_MANIFEST_SHARE);
    }

    @Test
    void truthAgreesWithTheCatalogue() throws IOException {
        Map<String, CSVRecord> truth = Fixtures.csv(layout.truth()).stream()
                .collect(Collectors.toMap(r -> r.get("file"), Function.identity()));

        assertThat(truth.keySet()).containsExactlyInAnyOrderElementsOf(catalogue.stream().map(Entry::file).toList());
        for (Entry entry : catalogue) {
            CSVRecord row = truth.get(entry.file());
            assertThat(List.of(set(row.get("countries")), set(row.get("topics")), row.get("type"),
                    row.get("language"), row.get("year"), row.get("organization"), row.get("in_manifest"), row.get("work")))
                    .as(entry.file())
                    .isEqualTo(List.of(set(entry.countries()), set(entry.topics()), entry.type(), entry.language(),
                            entry.year(), entry.organization(), entry.manifest(), entry.work()));
        }
    }

    @Test
    void everyLanguageHasEnoughDocumentsToJudge() {
        Map<String, Long> perLanguage = catalogue.stream()
                .collect(Collectors.groupingBy(Entry::language, Collectors.counting()));

        assertThat(perLanguage.values()).hasSizeGreaterThanOrEqualTo(MIN_LANGUAGES)
                .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo((long) MIN_DOCUMENTS_PER_LANGUAGE));
    }

    @Test
    void someWorksExistAsEditionsInSeveralLanguages() {
        Map<String, Set<String>> languagesOfWork = catalogue.stream().filter(entry -> !entry.work().isEmpty())
                .collect(Collectors.groupingBy(Entry::work, Collectors.mapping(Entry::language, Collectors.toSet())));

        assertThat(languagesOfWork.values().stream().filter(languages -> languages.size() > 1))
                .hasSizeGreaterThanOrEqualTo(MIN_MULTILINGUAL_WORKS);
        assertThat(languagesOfWork.values()).allSatisfy(languages -> assertThat(languages).hasSizeGreaterThan(1));
    }

    private static Set<String> set(String list) {
        Set<String> codes = new TreeSet<>();
        for (String code : list.split(";")) {
            if (!code.isBlank()) {
                codes.add(code.strip());
            }
        }
        return codes;
    }
}
