package org.resourcelibrary.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTokensTest {

    static final String ALICE = "alice-0123456789abcdef";
    static final String BOB = "bob-0123456789abcdefgh";

    @TempDir
    Path dir;

    @Test
    void a_given_token_is_accepted_and_others_are_not() {
        AccessTokens tokens = AccessTokens.of(List.of(ALICE), null);

        assertThat(tokens.accepts(ALICE)).isTrue();
        assertThat(tokens.accepts(BOB)).isFalse();
        assertThat(tokens.accepts(ALICE + "x")).isFalse();
        assertThat(tokens.accepts("")).isFalse();
        assertThat(tokens.accepts(null)).isFalse();
    }

    @Test
    void comma_separated_tokens_are_split_and_trimmed() {
        assertThat(AccessTokens.split(" " + ALICE + " ,, " + BOB + ",")).containsExactly(ALICE, BOB);
    }

    @Test
    void no_tokens_accepts_nothing() {
        AccessTokens none = AccessTokens.none();

        assertThat(none.configured()).isFalse();
        assertThat(none.accepts(ALICE)).isFalse();
    }

    @Test
    void a_short_token_is_refused_at_start_without_echoing_it() {
        assertThatThrownBy(() -> AccessTokens.of(List.of("short-secret"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("token 1 of LIBRARY_TOKENS")
                .hasMessageNotContaining("short-secret");
    }

    @Test
    void tokens_are_read_from_a_file_one_per_line_with_comments() throws IOException {
        Path file = write("# librarians\n" + ALICE + "\n\n  " + BOB + "  \n");

        AccessTokens tokens = AccessTokens.of(List.of(), file);

        assertThat(tokens.accepts(ALICE)).isTrue();
        assertThat(tokens.accepts(BOB)).isTrue();
        assertThat(tokens.accepts("# librarians")).isFalse();
    }

    @Test
    void a_line_removed_from_the_file_revokes_its_token_without_a_restart() throws IOException {
        Path file = write(ALICE + "\n" + BOB + "\n");
        AccessTokens tokens = AccessTokens.of(List.of(), file);
        assertThat(tokens.accepts(BOB)).isTrue();

        rewrite(file, ALICE + "\n");

        assertThat(tokens.accepts(BOB)).isFalse();
        assertThat(tokens.accepts(ALICE)).isTrue();
    }

    @Test
    void a_deleted_file_revokes_all_its_tokens() throws IOException {
        Path file = write(ALICE + "\n");
        AccessTokens tokens = AccessTokens.of(List.of(BOB), file);

        Files.delete(file);

        assertThat(tokens.accepts(ALICE)).isFalse();
        assertThat(tokens.accepts(BOB)).isTrue();
    }

    @Test
    void a_file_turned_invalid_accepts_none_of_its_tokens() throws IOException {
        Path file = write(ALICE + "\n");
        AccessTokens tokens = AccessTokens.of(List.of(), file);

        rewrite(file, ALICE + "\ntoo short\n");

        assertThat(tokens.accepts(ALICE)).isFalse();
    }

    @Test
    void a_missing_file_is_an_error_at_start() {
        assertThatThrownBy(() -> AccessTokens.of(List.of(), dir.resolve("absent.txt")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absent.txt");
    }

    @Test
    void the_description_never_contains_a_token() {
        assertThat(AccessTokens.of(List.of(ALICE), null).toString()).doesNotContain(ALICE);
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("tokens.txt"), content);
    }

    /** Rewrites the file with a later modification time, as an editor saving it a moment later would. */
    private static void rewrite(Path file, String content) throws IOException {
        Instant before = Files.getLastModifiedTime(file).toInstant();
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(before.plusSeconds(1)));
    }
}
