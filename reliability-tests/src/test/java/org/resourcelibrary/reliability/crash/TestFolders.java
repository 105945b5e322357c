package org.resourcelibrary.reliability.crash;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Folders of small documents for crash trials, written from a seeded generator: every document's text is its
 * own, so every file is its own content unless a test copies it on purpose.
 */
final class TestFolders {

    private static final List<String> WORDS = List.of("social", "service", "workforce", "supervision", "case",
            "management", "child", "protection", "training", "curriculum", "para-professionals", "policy",
            "legislation", "mapping", "data", "advocacy", "alternative", "care", "evidence", "research", "Zambia",
            "Kenya", "Brazil", "Philippines", "guidance", "toolkit", "report", "review", "assessment", "health");
    private static final int WORDS_PER_DOCUMENT = 60;

    private final Random random;

    TestFolders(Random random) {
        this.random = random;
    }

    /** Writes a document of its own at {@code folder/path}. */
    void document(Path folder, String path) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text(path), StandardCharsets.UTF_8);
    }

    /** Writes a zip whose members are documents of their own. */
    void zip(Path folder, String path, List<String> members) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String member : members) {
                zip.putNextEntry(new ZipEntry(member));
                zip.write(text(member).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private String text(String name) {
        StringBuilder text = new StringBuilder("Report ").append(name).append(" (").append(random.nextLong())
                .append(")\n\n");
        for (int i = 0; i < WORDS_PER_DOCUMENT; i++) {
            text.append(WORDS.get(random.nextInt(WORDS.size()))).append(i % 12 == 11 ? ".\n" : " ");
        }
        return text.toString();
    }
}
