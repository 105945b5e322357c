package org.resourcelibrary.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The commands that read a built library take it, and report, through one set of options. */
class BenchmarkCommandTest {

    @Test
    void everyCommandThatReadsALibraryTakesItsDataDirectory() {
        for (String[] args : new String[][] {{"slowest"}, {"answers", "--out", "/tmp/answers"}, {"footprint"},
                {"query"}}) {
            String[] withData = Stream.concat(Arrays.stream(args),
                    Stream.of("--data", "/tmp/library")).toArray(String[]::new);
            CommandLine.ParseResult parsed = new CommandLine(BenchmarkCommand.class).parseArgs(withData);

            assertThat(parsed.subcommand().matchedOptionValue("--data", (Path) null)).as(args[0])
                    .isEqualTo(Path.of("/tmp/library"));
        }
    }

    @Test
    void aCommandWithoutItsLibraryIsRefusedWithTheOptionNamed() {
        CommandLine line = new CommandLine(BenchmarkCommand.class);
        StringWriter err = new StringWriter();
        line.setErr(new PrintWriter(err));

        assertThat(line.execute("slowest")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--data");
    }
}
