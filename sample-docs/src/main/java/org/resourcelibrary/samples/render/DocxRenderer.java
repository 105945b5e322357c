package org.resourcelibrary.samples.render;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.resourcelibrary.samples.source.Block;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.Page;
import org.resourcelibrary.samples.source.RichText;
import org.resourcelibrary.samples.source.SourceDocument;
import org.resourcelibrary.samples.source.Span;

/** A Word document: heading styles, bullet and numbered lists, tables, a page break per source page. */
final class DocxRenderer implements Renderer {

    private static final String FULL_WIDTH = "100%";

    @Override
    public Format format() {
        return Format.DOCX;
    }

    @Override
    public byte[] render(SourceDocument document) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            Writer writer = new Writer(docx, new DocxDefinitions(docx));
            for (Page page : document.pages()) {
                for (Block block : page.blocks()) {
                    writer.block(block);
                }
                writer.breakBeforeNext = true;
            }
            return OoxmlOutput.save(docx, document.metadata().properties());
        }
    }

    /** Writes blocks in order; the first paragraph after a source page break starts a new page. */
    private static final class Writer {
        private final XWPFDocument docx;
        private final DocxDefinitions definitions;
        private boolean breakBeforeNext;
        private boolean started;

        Writer(XWPFDocument docx, DocxDefinitions definitions) {
            this.docx = docx;
            this.definitions = definitions;
        }

        void block(Block block) {
            if (block instanceof Block.Heading h) {
                XWPFParagraph paragraph = paragraph();
                paragraph.setStyle(DocxDefinitions.headingStyle(h.level()));
                paragraph.createRun().setText(h.text());
            } else if (block instanceof Block.Paragraph p) {
                runs(paragraph(), p.text(), false);
            } else if (block instanceof Block.ListBlock l) {
                BigInteger num = l.numbered() ? definitions.numbered(l.start()) : definitions.bullets();
                for (RichText item : l.items()) {
                    XWPFParagraph paragraph = paragraph();
                    paragraph.setNumID(num);
                    paragraph.setNumILvl(BigInteger.ZERO);
                    runs(paragraph, item, false);
                }
            } else if (block instanceof Block.Table t) {
                table(t);
            }
        }

        private XWPFParagraph paragraph() {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setPageBreak(breakBeforeNext && started);
            breakBeforeNext = false;
            started = true;
            return paragraph;
        }

        private void table(Block.Table table) {
            if (breakBeforeNext && started) {
                paragraph();
            }
            started = true;
            XWPFTable grid = docx.createTable(table.rows().size() + 1, table.columns());
            grid.setWidth(FULL_WIDTH);
            grid.getRow(0).setRepeatHeader(true);
            row(grid, 0, table.header(), true);
            for (int r = 0; r < table.rows().size(); r++) {
                row(grid, r + 1, table.rows().get(r), false);
            }
        }

        private static void row(XWPFTable grid, int index, List<RichText> cells, boolean header) {
            for (int c = 0; c < cells.size(); c++) {
                runs(grid.getRow(index).getCell(c).getParagraphs().get(0), cells.get(c), header);
            }
        }

        private static void runs(XWPFParagraph paragraph, RichText text, boolean bold) {
            for (Span span : text.spans()) {
                XWPFRun run = paragraph.createRun();
                if (bold || span.bold()) {
                    run.setBold(true);
                }
                run.setText(span.text());
            }
        }
    }
}
