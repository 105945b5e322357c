package org.resourcelibrary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

class StorageTroubleTest {

    @Test
    void a_full_disk_anywhere_in_the_causes_is_a_507_naming_it() {
        Problem problem = StorageTrouble.of(new IllegalStateException("commit failed",
                new UncheckedIOException(new IOException("No space left on device")))).orElseThrow();

        assertThat(problem.status()).isEqualTo(507);
        assertThat(problem.detail()).contains("No space left on device");
    }

    @Test
    void a_read_only_data_directory_is_a_503_naming_it() {
        Problem problem = StorageTrouble.of(new FileSystemException("/data/blobs/ab", null, "Read-only file system"))
                .orElseThrow();

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.detail()).contains("read-only").doesNotContain("/data/blobs");
    }

    @Test
    void other_failures_are_no_storage_trouble() {
        assertThat(StorageTrouble.of(new IOException("Connection reset"))).isEmpty();
    }
}
