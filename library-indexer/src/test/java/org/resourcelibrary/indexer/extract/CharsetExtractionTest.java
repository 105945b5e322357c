package org.resourcelibrary.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain text, HTML without a charset, CSV and e-mail bodies in the library's four languages come out as
 * written: bytes that are valid UTF-8 are read as UTF-8 (short Spanish text was read as GB18030), and
 * Windows-1252 files are still read right. Fixtures are the test resources under {@code charsets/}.
 */
class CharsetExtractionTest {

    private static final String FIXTURES = "charsets/";
    private static final Map<String, String[]> WORDS = Map.of(
            "en", new String[] {"The supervisor’s “first steps” – a café-style meeting"},
            "fr", new String[] {"Guide de l’éducateur", "Être à l’écoute : supervision des équipes, façon réflexive"},
            "es", new String[] {"Guía de supervisión", "Formación y desarrollo del personal de protección en años"},
            "pt", new String[] {"Formação e supervisão", "Orientações para técnicos: gestão de casos e proteção"});

    private final DocumentParser parser = new DocumentParser(new DocumentParser.Options(100_000, false, 10, 3));

    static Stream<Arguments> files() {
        return Stream.of("en", "fr", "es", "pt").flatMap(language -> Stream.of("txt", "html", "csv", "eml")
                .flatMap(extension -> Stream.of("utf8", "windows-1252")
                        .map(encoding -> Arguments.of(language, language + "-" + encoding + "." + extension))));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("files")
    void textComesOutAsWritten(String language, String fileName) {
        String text = text(fileName);

        assertThat(text).contains(WORDS.get(language)).doesNotContain("\uFFFD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"es-short-utf8.txt", "es-short2-utf8.txt"})
    void shortUtf8TextIsReadAsUtf8(String fileName) {
        String text = text(fileName);

        assertThat(text).containsAnyOf("Guía de supervisión", "Formación y desarrollo");
    }

    @Test
    void shortUtf8TextThatLooksLikeGb18030IsReadAsUtf8() {
        String text = text("es-gb18030-trap-utf8.txt");

        assertThat(text).contains("protección región supervisión").doesNotContain("贸");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"es-declared-windows-1252.html", "es-declared-windows-1252.eml"})
    void declaredCharsetWins(String fileName) {
        String text = text(fileName);

        assertThat(text).contains(WORDS.get("es"));
    }

    private String text(String fileName) {
        ExtractionResult result = parser.parse(fixture(fileName));
        assertThat(result.ok()).as("%s", result).isTrue();
        return String.join("\n", result.text().pages());
    }

    static Path fixture(String fileName) {
        try {
            return Path.of(CharsetExtractionTest.class.getResource(FIXTURES + fileName).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
