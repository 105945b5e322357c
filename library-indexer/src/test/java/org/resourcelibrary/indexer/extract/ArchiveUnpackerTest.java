package org.resourcelibrary.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveUnpackerTest {

    @TempDir
    Path dir;

    private final ArchiveUnpacker unpacker = new ArchiveUnpacker(ArchiveLimits.defaults());

    @Test
    void membersAreUnpackedWithTheirPathsInTheArchive() throws IOException {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("report.txt", Documents.utf8("Report"));
        members.put("annexes/annex-a.txt", Documents.utf8("Annex A"));
        Path zip = Documents.zip(dir.resolve("library.zip"), members);

        try (UnpackedArchive unpacked = unpacker.unpack(zip)) {
            assertThat(unpacked.members()).extracting(UnpackedArchive.Member::path)
                    .containsExactly("report.txt", "annexes/annex-a.txt");
            assertThat(Files.readString(unpacked.members().get(1).file())).isEqualTo("Annex A");
            assertThat(unpacked.skipped()).isEmpty();
        }
    }

    @Test
    void nestedZipIsExpandedIntoItsMembers() throws IOException {
        Path inner = Documents.zip(dir.resolve("inner.zip"), Map.of("toolkit.txt", Documents.utf8("Toolkit")));
        Path outer = Documents.zip(dir.resolve("outer.zip"), Map.of("inner.zip", Files.readAllBytes(inner)));

        try (UnpackedArchive unpacked = unpacker.unpack(outer)) {
            assertThat(unpacked.members()).singleElement().satisfies(member -> {
                assertThat(member.path()).isEqualTo("inner.zip/toolkit.txt");
                assertThat(Files.readString(member.file())).isEqualTo("Toolkit");
            });
        }
    }

    @Test
    void officeDocumentsAreMembersNotArchives() throws IOException {
        Path deck = Documents.pptx(dir.resolve("deck.pptx"), java.util.List.of("Slide"));
        Path zip = Documents.zip(dir.resolve("decks.zip"), Map.of("deck.pptx", Files.readAllBytes(deck)));

        try (UnpackedArchive unpacked = unpacker.unpack(zip)) {
            assertThat(unpacked.members()).extracting(UnpackedArchive.Member::path).containsExactly("deck.pptx");
        }
    }

    @Test
    void namesEscapingTheTargetDirectoryAreRefused() throws IOException {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("../escaped.txt", Documents.utf8("evil"));
        members.put("/absolute.txt", Documents.utf8("evil"));
        members.put("docs/../../up.txt", Documents.utf8("evil"));
        members.put("fine.txt", Documents.utf8("fine"));
        Path zip = Documents.zip(dir.resolve("slip.zip"), members);
        Path target = dir.resolve("target");

        try (UnpackedArchive unpacked = unpacker.unpack(zip, target)) {
            assertThat(unpacked.members()).extracting(UnpackedArchive.Member::path).containsExactly("fine.txt");
            assertThat(unpacked.skipped()).extracting(UnpackedArchive.Skipped::reason).containsOnly("unsafe path")
                    .hasSize(3);
            assertThat(dir.resolve("escaped.txt")).doesNotExist();
            assertThat(dir.resolve("up.txt")).doesNotExist();
        }
    }

    @Test
    void memberCompressedBeyondTheRatioIsRefusedAsABomb() throws IOException {
        byte[] zeros = new byte[20 * 1024 * 1024];
        Path zip = Documents.zip(dir.resolve("bomb.zip"), Map.of("zeros.bin", zeros));

        try (UnpackedArchive unpacked = unpacker.unpack(zip)) {
            assertThat(unpacked.members()).isEmpty();
            assertThat(unpacked.skipped()).singleElement().extracting(UnpackedArchive.Skipped::reason)
                    .isEqualTo("compression ratio above " + ArchiveLimits.DEFAULT_MAX_COMPRESSION_RATIO);
            assertThat(unpacked.directory().resolve("zeros.bin")).doesNotExist();
        }
    }

    @Test
    void zipsNestedBeyondTheDepthLimitAreNotOpened() throws IOException {
        Path level3 = Documents.zip(dir.resolve("c.zip"), Map.of("deep.txt", Documents.utf8("deep")));
        Path level2 = Documents.zip(dir.resolve("b.zip"), Map.of("c.zip", Files.readAllBytes(level3)));
        Path level1 = Documents.zip(dir.resolve("a.zip"), Map.of("b.zip", Files.readAllBytes(level2)));
        ArchiveLimits twoLevels = new ArchiveLimits(2, 100, 1L << 30, 1L << 30, 100);

        try (UnpackedArchive unpacked = new ArchiveUnpacker(twoLevels).unpack(level1)) {
            assertThat(unpacked.members()).isEmpty();
            assertThat(unpacked.skipped()).singleElement().satisfies(skipped -> {
                assertThat(skipped.path()).isEqualTo("b.zip/c.zip");
                assertThat(skipped.reason()).isEqualTo("zip nested deeper than 2");
            });
        }
    }

    @Test
    void membersBeyondTheCountLimitAreSkipped() throws IOException {
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            members.put("doc" + i + ".txt", Documents.utf8("doc " + i));
        }
        Path zip = Documents.zip(dir.resolve("many.zip"), members);
        ArchiveLimits threeMembers = new ArchiveLimits(2, 3, 1L << 30, 1L << 30, 100);

        try (UnpackedArchive unpacked = new ArchiveUnpacker(threeMembers).unpack(zip)) {
            assertThat(unpacked.members()).hasSize(3);
            assertThat(unpacked.skipped()).hasSize(2).allSatisfy(skipped ->
                    assertThat(skipped.reason()).isEqualTo("member limit of 3 reached"));
        }
    }

    @Test
    void selfContainingZipFromTheTikaCorpusEndsAtTheDepthLimit() throws IOException {
        Path droste = TestData.shared("tika-corpus").resolve("droste.zip");

        try (UnpackedArchive unpacked = unpacker.unpack(droste)) {
            assertThat(unpacked.skipped()).anySatisfy(skipped ->
                    assertThat(skipped.reason()).startsWith("zip nested deeper than"));
        }
    }

    @Test
    void closingDeletesTheUnpackedFiles() throws IOException {
        Path zip = Documents.zip(dir.resolve("one.zip"), Map.of("a.txt", Documents.utf8("a")));
        UnpackedArchive unpacked = unpacker.unpack(zip);

        unpacked.close();

        assertThat(unpacked.directory()).doesNotExist();
    }
}
