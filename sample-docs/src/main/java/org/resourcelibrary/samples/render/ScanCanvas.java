package org.resourcelibrary.samples.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws pages as a flatbed scanner would have captured a printout: greyscale images at {@value #DPI} dpi
 * in a serif face, slightly rotated, on off-white paper with light noise and a few specks. The
 * imperfections come from a seeded generator, so the same document always scans the same way.
 */
final class ScanCanvas implements PageCanvas {

    static final int DPI = 300;
    static final double MAX_ROTATION_DEGREES = 0.45;
    private static final float SCALE = DPI / 72f;
    private static final int PAPER = 246;
    private static final int INK = 28;
    /** A random long gives ten 6-bit noise samples: cheaper than a Gaussian per pixel of a 300 dpi page. */
    private static final int NOISE_SAMPLES_PER_LONG = 10;
    private static final int SPECKS = 120;
    private static final float RULE_WIDTH = 0.6f;
    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);
    private static final Font REGULAR = load(BundledFonts.SERIF);
    private static final Font BOLD = load(BundledFonts.SERIF_BOLD);

    private final Random random;
    private final Map<String, Font> sized = new HashMap<>();
    private final List<BufferedImage> pages = new ArrayList<>();
    private Graphics2D graphics;

    ScanCanvas(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public float width(String text, Weight weight, float size) {
        return (float) font(weight, size).getStringBounds(text, METRICS).getWidth();
    }

    @Override
    public void text(float x, float baseline, String text, Weight weight, float size) {
        graphics.setFont(font(weight, size));
        graphics.drawString(text, x, baseline);
    }

    @Override
    public void rule(float x1, float y1, float x2, float y2) {
        graphics.setStroke(new BasicStroke(RULE_WIDTH));
        graphics.draw(new Line2D.Float(x1, y1, x2, y2));
    }

    @Override
    public void newPage() {
        finishPage();
        int width = Math.round(PageLayout.PAGE_WIDTH * SCALE);
        int height = Math.round(PageLayout.PAGE_HEIGHT * SCALE);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        pages.add(image);
        graphics = image.createGraphics();
        graphics.setColor(new Color(PAPER, PAPER, PAPER));
        graphics.fillRect(0, 0, width, height);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        double degrees = (random.nextDouble() * 2 - 1) * MAX_ROTATION_DEGREES;
        graphics.rotate(Math.toRadians(degrees), width / 2.0, height / 2.0);
        graphics.scale(SCALE, SCALE);
        graphics.setColor(new Color(INK, INK, INK));
    }

    /** The scanned pages, noise applied. */
    List<BufferedImage> finish() {
        finishPage();
        return List.copyOf(pages);
    }

    private void finishPage() {
        if (graphics == null) {
            return;
        }
        graphics.dispose();
        graphics = null;
        addNoise(pages.get(pages.size() - 1));
    }

    private void addNoise(BufferedImage image) {
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        long bits = 0;
        for (int i = 0; i < pixels.length; i++) {
            if (i % NOISE_SAMPLES_PER_LONG == 0) {
                bits = random.nextLong();
            }
            // Sum of two uniform 3-bit values: triangular noise in [-7, 7], standard deviation about 3.
            int noise = (int) (bits & 7) + (int) ((bits >>> 3) & 7) - 7;
            bits >>>= 6;
            int value = (pixels[i] & 0xff) + noise;
            pixels[i] = (byte) Math.max(0, Math.min(255, value));
        }
        Graphics2D specks = image.createGraphics();
        specks.setColor(new Color(INK, INK, INK));
        for (int i = 0; i < SPECKS; i++) {
            int size = 1 + random.nextInt(3);
            specks.fillOval(random.nextInt(image.getWidth()), random.nextInt(image.getHeight()), size, size);
        }
        specks.dispose();
    }

    private Font font(Weight weight, float size) {
        return sized.computeIfAbsent(weight + "/" + size, key -> (weight == Weight.BOLD ? BOLD : REGULAR)
                .deriveFont(size));
    }

    private static Font load(BundledFonts font) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font.bytes()));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot load bundled font " + font, e);
        }
    }
}
