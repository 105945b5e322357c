package org.resourcelibrary.samples.render;

import java.io.IOException;

/**
 * What {@link PageLayout} draws on: a PDF content stream or a scanned page image. Units are PDF points
 * with the origin at the top left of the page and y growing downwards.
 */
interface PageCanvas {

    enum Weight { REGULAR, BOLD }

    float width(String text, Weight weight, float size) throws IOException;

    /** Draws text with its baseline at {@code baseline}. */
    void text(float x, float baseline, String text, Weight weight, float size) throws IOException;

    /** Draws a thin line. */
    void rule(float x1, float y1, float x2, float y2) throws IOException;

    /** Starts a new page; the first call starts the first page. */
    void newPage() throws IOException;
}
