package org.resourcelibrary.samples.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.samples.Fixtures;
import org.resourcelibrary.samples.source.Format;

class XlsxRendererTest {

    private XSSFWorkbook workbook;

    @BeforeEach
    void render() throws IOException {
        workbook = new XSSFWorkbook(new ByteArrayInputStream(
                Renderers.standard().of(Format.XLSX).render(Fixtures.of(Format.XLSX))));
    }

    @Test
    void oneWorksheetPerSourceSheet() {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
        assertThat(workbook.getSheetName(0)).isEqualTo("Effectifs");
        assertThat(workbook.getSheetName(1)).isEqualTo("À propos");
    }

    @Test
    void headerRowIsBold() {
        XSSFRow header = workbook.getSheetAt(0).getRow(0);

        assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Région");
        assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
    }

    @Test
    void numbersAreNumericCellsAndCodesStayText() {
        XSSFSheet sheet = workbook.getSheetAt(0);

        assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(81.7);
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("007");
        assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("SN-TH");
    }

    @Test
    void corePropertiesComeFromProperties() {
        assertThat(workbook.getProperties().getCoreProperties().getKeywords())
                .isEqualTo("évaluation; main-d'œuvre; Sénégal");
    }
}
