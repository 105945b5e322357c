package org.resourcelibrary.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.model.OcrStatus;

class StoresTest {

    @TempDir
    Path dir;

    @Test
    void blobsAreStoredOnceUnderTheirSha256() throws IOException {
        BlobStore blobs = new BlobStore(dir.resolve("blobs"));
        Path file = Files.writeString(dir.resolve("a.txt"), "hello");
        String sha = blobs.put(file, null);
        assertThat(sha).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assertThat(blobs.path(sha)).isEqualTo(dir.resolve("blobs/2c/f2/" + sha));
        assertThat(blobs.put(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)), 100)).isEqualTo(sha);
        assertThat(blobs.all()).containsExactly(sha);
        assertThat(Files.readString(blobs.find(sha).orElseThrow())).isEqualTo("hello");
    }

    @Test
    void aStreamOverItsLimitIsRefusedAndLeavesNothingBehind() throws IOException {
        BlobStore blobs = new BlobStore(dir.resolve("blobs"));
        assertThatThrownBy(() -> blobs.put(new ByteArrayInputStream(new byte[101]), 100))
                .isInstanceOf(BlobStore.TooLargeException.class);
        assertThat(blobs.all()).isEmpty();
        try (var files = Files.list(dir.resolve("blobs"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void leftoverTemporaryFilesFromACrashAreCleanedWhenListing() throws IOException {
        BlobStore blobs = new BlobStore(dir.resolve("blobs"));
        Path leftover = dir.resolve("blobs/ab/cd/abcd.tmp");
        Files.createDirectories(leftover.getParent());
        Files.writeString(leftover, "partial");
        assertThat(blobs.all()).isEmpty();
        assertThat(leftover).doesNotExist();
    }

    @Test
    void notAHashIsRefused() {
        assertThatThrownBy(() -> new BlobStore(dir).path("../../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extractedTextRoundTripsThroughTheCache() throws IOException {
        TextCache cache = new TextCache(dir.resolve("text"));
        ExtractedText text = new ExtractedText("ab".repeat(32), "application/pdf", List.of("one", "two"), true,
                Map.of("dc:title", List.of("T")), false, OcrStatus.PERFORMED);
        cache.put(text);
        assertThat(cache.get(text.sha256())).contains(text);
        assertThat(cache.get("cd".repeat(32))).isEmpty();
        assertThat(text.chars()).isEqualTo(6);
    }

    @Test
    void theCacheListsItsTextsAndCleansLeftoverTemporaryFiles() throws IOException {
        TextCache cache = new TextCache(dir.resolve("text"));
        cache.put(new ExtractedText("ab".repeat(32), "text/plain", List.of("one"), false, Map.of(), false, null));
        Path leftover = Files.writeString(dir.resolve("text").resolve("cd".repeat(32) + "123.tmp"), "partial");
        assertThat(cache.all()).containsExactly("ab".repeat(32));
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aDamagedCacheEntryIsTreatedAsMissing() throws IOException {
        TextCache cache = new TextCache(dir.resolve("text"));
        Files.createDirectories(dir.resolve("text"));
        Files.writeString(cache.path("ef".repeat(32)), "not gzip");
        assertThat(cache.get("ef".repeat(32))).isEmpty();
    }

    @Test
    void cachedTextsLieFlatUnderTheirSha256AndCanBeDeleted() throws IOException {
        TextCache cache = new TextCache(dir.resolve("text"));
        String sha = "ab".repeat(32);
        cache.put(new ExtractedText(sha, "text/plain", List.of("one"), false, Map.of(), false, null));
        assertThat(cache.path(sha)).isEqualTo(dir.resolve("text/" + sha + ".json.gz")).isRegularFile();
        cache.delete(sha);
        assertThat(cache.all()).isEmpty();
        assertThat(cache.get(sha)).isEmpty();
    }
}
