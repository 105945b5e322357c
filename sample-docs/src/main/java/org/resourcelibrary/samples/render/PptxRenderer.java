package org.resourcelibrary.samples.render;

import java.io.IOException;
import org.apache.poi.sl.usermodel.AutoNumberingScheme;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.resourcelibrary.samples.source.Block;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.RichText;
import org.resourcelibrary.samples.source.Slide;
import org.resourcelibrary.samples.source.SourceDocument;
import org.resourcelibrary.samples.source.Span;

/** A PowerPoint deck: one title-and-content slide per source slide, body bullets and speaker notes. */
final class PptxRenderer implements Renderer {

    static final double BODY_FONT_SIZE = 18.0;

    @Override
    public Format format() {
        return Format.PPTX;
    }

    @Override
    public byte[] render(SourceDocument document) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            XSLFSlideLayout layout = deck.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_AND_CONTENT);
            for (Slide source : document.slides()) {
                XSLFSlide slide = deck.createSlide(layout);
                slide.getPlaceholder(0).setText(source.title());
                body(slide.getPlaceholder(1), source);
                if (!source.notes().isEmpty()) {
                    notes(deck.getNotesSlide(slide), source.notes());
                }
            }
            return OoxmlOutput.save(deck, document.metadata().properties());
        }
    }

    private static void body(XSLFTextShape body, Slide slide) {
        body.clearText();
        for (Block block : slide.blocks()) {
            if (block instanceof Block.ListBlock list) {
                for (int i = 0; i < list.items().size(); i++) {
                    XSLFTextParagraph paragraph = paragraph(body, list.items().get(i), false);
                    if (list.numbered()) {
                        paragraph.setBulletAutoNumber(AutoNumberingScheme.arabicPeriod,
                                list.start());
                    }
                }
            } else if (block instanceof Block.Paragraph p) {
                paragraph(body, p.text(), false).setBullet(false);
            } else if (block instanceof Block.Heading h) {
                paragraph(body, RichText.plain(h.text()), true).setBullet(false);
            }
        }
    }

    private static XSLFTextParagraph paragraph(XSLFTextShape body, RichText text, boolean bold) {
        XSLFTextParagraph paragraph = body.addNewTextParagraph();
        for (Span span : text.spans()) {
            XSLFTextRun run = paragraph.addNewTextRun();
            run.setText(span.text());
            run.setFontSize(BODY_FONT_SIZE);
            if (bold || span.bold()) {
                run.setBold(true);
            }
        }
        return paragraph;
    }

    private static void notes(XSLFNotes notes, String text) {
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(text);
                return;
            }
        }
        throw new IllegalStateException("the default notes master has no body placeholder");
    }
}
