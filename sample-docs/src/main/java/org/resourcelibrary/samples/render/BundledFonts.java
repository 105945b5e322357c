package org.resourcelibrary.samples.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The DejaVu fonts shipped in this module's resources (see {@code fonts/LICENSE.txt}), so that PDFs show
 * accented letters identically on any machine, whatever fonts it has installed.
 */
enum BundledFonts {
    SANS("DejaVuSans.ttf"),
    SANS_BOLD("DejaVuSans-Bold.ttf"),
    SERIF("DejaVuSerif.ttf"),
    SERIF_BOLD("DejaVuSerif-Bold.ttf");

    private static final Map<BundledFonts, byte[]> LOADED = new ConcurrentHashMap<>();
    private final String resource;

    BundledFonts(String resource) {
        this.resource = resource;
    }

    /** The TrueType file's bytes (read once). */
    byte[] bytes() {
        return LOADED.computeIfAbsent(this, font -> {
            try (InputStream in = BundledFonts.class.getResourceAsStream("fonts/" + font.resource)) {
                if (in == null) {
                    throw new IllegalStateException("font resource fonts/" + font.resource + " is missing");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + font.resource, e);
            }
        });
    }
}
