package org.resourcelibrary.samples.render;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles and list definitions of a generated docx: Word's built-in {@code Normal} and {@code Heading1}
 * to {@code Heading3} styles (named {@code heading 1}… as Word names them, which is what extractors map to
 * h1…h3), a bullet list and restartable decimal lists, and an A4 page with 2 cm margins.
 */
final class DocxDefinitions {

    static final String NORMAL = "Normal";
    private static final int[] HEADING_HALF_POINTS = {32, 26, 24};
    private static final int LIST_INDENT_TWIPS = 720;
    private static final int LIST_HANGING_TWIPS = 360;
    private static final int PARAGRAPH_AFTER_TWIPS = 120;
    private static final int HEADING_BEFORE_TWIPS = 240;
    /** A4 with 2 cm margins, in twips. */
    private static final int PAGE_WIDTH_TWIPS = 11906;
    private static final int PAGE_HEIGHT_TWIPS = 16838;
    private static final int MARGIN_TWIPS = 1134;

    private final XWPFNumbering numbering;
    private final BigInteger bulletNum;
    private final BigInteger decimalAbstract;

    DocxDefinitions(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT_TWIPS));
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN_TWIPS);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        XWPFStyles styles = document.createStyles();
        styles.addStyle(new XWPFStyle(normal(), styles));
        for (int level = 1; level <= HEADING_HALF_POINTS.length; level++) {
            styles.addStyle(new XWPFStyle(heading(level), styles));
        }
        numbering = document.createNumbering();
        bulletNum = numbering.addNum(numbering.addAbstractNum(
                new XWPFAbstractNum(list(0, STNumberFormat.BULLET, "\u2022"), numbering)));
        decimalAbstract = numbering.addAbstractNum(
                new XWPFAbstractNum(list(1, STNumberFormat.DECIMAL, "%1."), numbering));
    }

    static String headingStyle(int level) {
        return "Heading" + level;
    }

    BigInteger bullets() {
        return bulletNum;
    }

    /** A new numbering instance, so each numbered list counts from its own start. */
    BigInteger numbered(int start) {
        BigInteger num = numbering.addNum(decimalAbstract);
        CTNumLvl override = numbering.getNum(num).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return num;
    }

    private static CTStyle normal() {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(NORMAL);
        style.setType(STStyleType.PARAGRAPH);
        style.setDefault(true);
        style.addNewName().setVal(NORMAL);
        style.addNewQFormat();
        style.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(PARAGRAPH_AFTER_TWIPS));
        return style;
    }

    private static CTStyle heading(int level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(headingStyle(level));
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading " + level);
        style.addNewBasedOn().setVal(NORMAL);
        style.addNewNext().setVal(NORMAL);
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(HEADING_BEFORE_TWIPS));
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(HEADING_HALF_POINTS[level - 1]));
        return style;
    }

    private static CTAbstractNum list(int id, STNumberFormat.Enum format, String text) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl level = list.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(LIST_INDENT_TWIPS));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(LIST_HANGING_TWIPS));
        return list;
    }
}
