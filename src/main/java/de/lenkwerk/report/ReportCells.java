package de.lenkwerk.report;

import org.apache.poi.ss.usermodel.Row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Writes typed values into cells: dates as real dates, numbers as numbers, text always as text. No user text is
 * ever written as a formula.
 */
final class ReportCells {

    private ReportCells() {
    }

    /** =, +, -, @, tab and carriage return start formulas (or DDE) in spreadsheets. */
    static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        var first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    static void text(Row row, int column, String value, ReportStyles styles, boolean wrapped) {
        if (value == null || value.isEmpty()) {
            return;
        }
        var cell = row.createCell(column);
        cell.setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) + "…" : value);
        cell.setCellStyle(styles.forText(value, wrapped));
    }

    static void date(Row row, int column, LocalDate value, ReportStyles styles) {
        if (value != null) {
            var cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.date);
        }
    }

    static void dateTime(Row row, int column, LocalDateTime value, ReportStyles styles) {
        if (value != null) {
            var cell = row.createCell(column);
            cell.setCellValue(value.withNano(0));
            cell.setCellStyle(styles.dateTime);
        }
    }

    static void number(Row row, int column, BigDecimal value, ReportStyles styles) {
        if (value != null) {
            var cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.number);
        }
    }

    static void integer(Row row, int column, long value, ReportStyles styles) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.integer);
    }

    static void percent(Row row, int column, int percent, ReportStyles styles) {
        var cell = row.createCell(column);
        cell.setCellValue(percent / 100.0);
        cell.setCellStyle(styles.percent);
    }

    /** A day inside a text cell, e.g. a list of milestones. */
    static String dayMonthYear(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }
}
