package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The stylesheet's colours keep text readable: WCAG AA contrast, 4.5:1, for every text/background pair used. */
class StylesheetContrastTest {

    static final double AA_TEXT = 4.5;
    /** Non-text contrast (focus ring, input borders) needs 3:1. */
    static final double AA_NON_TEXT = 3.0;

    @Test
    void textColoursContrastWithTheBackgroundsTheyAreUsedOn() throws IOException {
        Map<String, String> colours = variables();

        for (String[] pair : new String[][] {
                {"text", "white"}, {"muted", "white"}, {"muted", "panel"}, {"muted", "badge"}, {"link", "white"},
                {"link", "panel"}, {"link", "badge"}, {"accent-text", "accent"}, {"text", "mark"}, {"text", "badge"},
                {"white", "error"}}) {
            assertThat(contrast(colours.get(pair[0]), colours.get(pair[1]))).as(pair[0] + " on " + pair[1])
                    .isGreaterThanOrEqualTo(AA_TEXT);
        }
    }

    @Test
    void focusRingStandsOutFromThePage() throws IOException {
        Map<String, String> colours = variables();

        assertThat(contrast(colours.get("focus"), colours.get("white"))).isGreaterThanOrEqualTo(AA_NON_TEXT);
        assertThat(contrast(colours.get("focus"), colours.get("panel"))).isGreaterThanOrEqualTo(AA_NON_TEXT);
    }

    /** The {@code --name: #rrggbb} custom properties of {@code :root}, plus white. */
    private static Map<String, String> variables() throws IOException {
        String css;
        try (InputStream in = StylesheetContrastTest.class.getResourceAsStream("/static/app.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> colours = new HashMap<>();
        Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(css);
        while (m.find()) {
            colours.put(m.group(1), m.group(2));
        }
        colours.put("white", "#ffffff");
        return colours;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
