package org.resourcelibrary.samples.render;

import java.io.IOException;

/** Measures like the canvas it wraps but draws nothing: counts the pages a layout takes. */
final class PageCount implements PageCanvas {
    private final PageCanvas measure;
    int pages;

    PageCount(PageCanvas measure) {
        this.measure = measure;
    }

    @Override
    public float width(String text, Weight weight, float size) throws IOException {
        return measure.width(text, weight, size);
    }

    @Override
    public void text(float x, float baseline, String text, Weight weight, float size) {
        // Counting only.
    }

    @Override
    public void rule(float x1, float y1, float x2, float y2) {
        // Counting only.
    }

    @Override
    public void newPage() {
        pages++;
    }
}
