package org.resourcelibrary.indexer.extract;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether image-only pages and images are OCR'd. */
public enum OcrMode {
    /** OCR when {@code tesseract} is on the PATH; otherwise flag such files {@code ocr: needed}. */
    AUTO,
    /** Always OCR: starting the extractor fails when {@code tesseract} is missing. */
    ON,
    /** Never OCR: image-only files are flagged {@code ocr: needed}. */
    OFF;

    private static final String TESSERACT = "tesseract";

    /** Whether this mode OCRs on this machine. */
    public boolean enabled() {
        return switch (this) {
            case OFF -> false;
            case AUTO -> tesseractAvailable();
            case ON -> {
                if (!tesseractAvailable()) {
                    throw new IllegalStateException("OCR is on but '" + TESSERACT + "' is not on the PATH");
                }
                yield true;
            }
        };
    }

    /** Whether an executable {@code tesseract} is on the PATH. */
    public static boolean tesseractAvailable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, TESSERACT))) {
                return true;
            }
        }
        return false;
    }
}
