package de.lenkwerk.report;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPatternType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReportStylesTest {

    @Test
    void theStreamedWorkbookHasANormalDefaultStyleAndExcelsBuiltInFills() throws IOException {
        var template = new XSSFWorkbook();
        var styles = new ReportStyles(template, Locale.GERMAN);
        var out = new ByteArrayOutputStream();
        try (var workbook = new SXSSFWorkbook(template, 10, false)) {
            workbook.createSheet("Maßnahmen").createRow(0).createCell(0).setCellValue("Titel");
            workbook.getSheetAt(0).getRow(0).getCell(0).setCellStyle(styles.header);
            workbook.write(out);
        }

        try (var read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = read.getStylesSource().getCTStylesheet();
            assertThat(sheet.getCellStyles().getCellStyleArray()).singleElement().satisfies(normal -> {
                assertThat(normal.getName()).isEqualTo("Normal");
                assertThat(normal.getXfId()).isZero();
                assertThat(normal.getBuiltinId()).isZero();
            });
            assertThat(sheet.getCellStyleXfs().getXfArray()).isNotEmpty();
            assertThat(read.getStylesSource().getFillAt(1).getCTFill().getPatternFill().getPatternType())
                    .isEqualTo(STPatternType.GRAY_125);
            assertThat(read.getSheetAt(0).getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }
}
