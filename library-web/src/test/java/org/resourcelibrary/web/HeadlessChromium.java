package org.resourcelibrary.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's headless Chromium, run once per page: the DOM as it stands after the page's scripts ran. */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Longest one page may take, start-up included. */
    public static final Duration DEADLINE = Duration.ofSeconds(90);
    /** Time the page's scripts get (virtual time: no real wait when they are done sooner). */
    private static final int SCRIPT_BUDGET_MS = 10_000;

    private HeadlessChromium() {
    }

    /** Whether Chromium is installed (CI installs it). */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    /** Loads {@code page} in a fresh profile under {@code scratch}; the rendered DOM. */
    public static String dumpDom(URI page, Path scratch) throws IOException, InterruptedException {
        Path dom = Files.createTempFile(scratch, "dom-", ".html");
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(scratch, "profile-"),
                "--virtual-time-budget=" + SCRIPT_BUDGET_MS, "--dump-dom", page.toString()))
                .redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!chromium.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
            throw new IllegalStateException("chromium did not finish " + page + " within " + DEADLINE);
        }
        return Files.readString(dom, StandardCharsets.UTF_8);
    }
}
