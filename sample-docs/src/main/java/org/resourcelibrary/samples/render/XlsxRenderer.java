package org.resourcelibrary.samples.render;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.Sheet;
import org.resourcelibrary.samples.source.SourceDocument;

/** An Excel workbook: one worksheet per source sheet, a bold frozen header row, numbers as numbers. */
final class XlsxRenderer implements Renderer {

    /** A plain decimal number; codes with leading zeros or thousands separators stay text. */
    static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?");
    static final int MAX_COLUMN_CHARS = 60;
    private static final int CHAR_WIDTH_UNITS = 256;
    private static final int COLUMN_PADDING_CHARS = 2;

    @Override
    public Format format() {
        return Format.XLSX;
    }

    @Override
    public byte[] render(SourceDocument document) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            for (Sheet source : document.sheets()) {
                sheet(workbook.createSheet(source.name()), source.rows(), header);
            }
            return OoxmlOutput.save(workbook, document.metadata().properties());
        }
    }

    private static void sheet(XSSFSheet sheet, List<List<String>> rows, CellStyle header) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String value = cells.get(c);
                if (value.isEmpty()) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (r == 0) {
                    cell.setCellValue(value);
                    cell.setCellStyle(header);
                } else if (NUMBER.matcher(value).matches()) {
                    cell.setCellValue(Double.parseDouble(value));
                } else {
                    cell.setCellValue(value);
                }
                widths[c] = Math.max(widths[c], Math.min(MAX_COLUMN_CHARS, value.length()));
            }
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (widths[c] + COLUMN_PADDING_CHARS) * CHAR_WIDTH_UNITS);
        }
        sheet.createFreezePane(0, 1);
    }
}
