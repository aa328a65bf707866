package org.diplomap.io;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The named columns of a CSV file's header, and the reading of its cells with the place of each in errors. */
final class CsvColumns {

    private final String fileName;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final int count;

    CsvColumns(CsvRows.Row header, String fileName) {
        this.fileName = fileName;
        this.count = header.cells().size();
        for (int i = 0; i < header.cells().size(); i++) {
            indexOf.putIfAbsent(header.cells().get(i).strip(), i);
        }
    }

    boolean has(String name) {
        return indexOf.containsKey(name);
    }

    /** The first of the names that the header has, or null. */
    String firstOf(String... names) {
        for (String name : names) {
            if (has(name)) {
                return name;
            }
        }
        return null;
    }

    void requireCellCount(CsvRows.Row row) throws DatasetFormatException {
        if (row.cells().size() != count) {
            throw new DatasetFormatException(fileName, "line " + row.line(), row.cells().size()
                    + (row.cells().size() == 1 ? " cell" : " cells") + ", but the header names " + count + " columns");
        }
    }

    /** The cell of a column, stripped of surrounding spaces. */
    String text(CsvRows.Row row, String column) {
        return row.cells().get(indexOf.get(column)).strip();
    }

    String place(CsvRows.Row row, String column) {
        return "line " + row.line() + ", column " + (indexOf.get(column) + 1) + " (" + column + ")";
    }

    /**
     * A whole number, written as such or with a zero decimal part ({@code 6.0}, as spreadsheets may save it);
     * {@code what} says what is expected in the error.
     */
    int wholeNumber(CsvRows.Row row, String column, String what) throws DatasetFormatException {
        String text = text(row, column);
        try {
            // Not BigDecimal on anything: "1e999999999" would take it a long time.
            if (text.length() <= 20) {
                return new BigDecimal(text).intValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // Reported below.
        }
        throw new DatasetFormatException(fileName, place(row, column), "'" + shortened(text) + "' is not " + what);
    }

    /** A year of four digits. */
    int year(CsvRows.Row row, String column) throws DatasetFormatException {
        int year = wholeNumber(row, column, "a year");
        if (year < 1000 || year > 9999) {
            throw new DatasetFormatException(fileName, place(row, column), "year " + year + " is not of four digits");
        }
        return year;
    }

    DatasetFormatException fail(CsvRows.Row row, String column, String problem) {
        return new DatasetFormatException(fileName, place(row, column), problem);
    }

    /** Long texts cut short for a one-line message. */
    static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
    }

    static String joined(List<String> names) {
        return String.join(",", names);
    }
}
