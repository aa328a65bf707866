package org.diplomap.io;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomap.model.Dataset;
import org.diplomap.model.State;

/**
 * Reads a CSV file of ties: a header row naming the columns (in any order) and one tie a row, with the rules of
 * the JSON format. Errors name the line and the column ({@code ties.csv: line 12, column 4 (start): ...}).
 */
final class TieCsvReader {

    /** The columns, as the JSON format names a tie's fields. */
    static final List<String> COLUMNS = List.of("from", "to", "type", "start", "end", "description", "source",
            "confidence");
    static final List<String> REQUIRED = List.of("from", "to", "type", "start");

    private final StateReference reference;

    TieCsvReader(StateReference reference) {
        this.reference = reference;
    }

    ReadFile read(InputStream in, String fileName, long size, ImportProgress progress) throws DatasetFormatException {
        try (CsvRows rows = new CsvRows(in, fileName)) {
            CsvRows.Row header = rows.next();
            if (header == null) {
                throw new DatasetFormatException(fileName, "line 1", "the file is empty; the first row names the columns "
                        + String.join(",", COLUMNS));
            }
            Map<String, Integer> columnOf = columns(header, fileName);
            Set<String> named = new LinkedHashSet<>();
            TieRules rules = new TieRules(fileName, (code, place) -> {
                if (!reference.knows(code)) {
                    throw new DatasetFormatException(fileName, place, "unknown state code " + Texts.quoted(code)
                            + "; use an ISO 3166-1 alpha-3 code (a CSV of ties cannot declare states)");
                }
                named.add(code);
                return code;
            });
            int count = 0;
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                if (row.cells().size() != header.cells().size()) {
                    throw new DatasetFormatException(fileName, "line " + row.line(), row.cells().size()
                            + (row.cells().size() == 1 ? " cell" : " cells") + ", but the header names "
                            + header.cells().size() + " columns");
                }
                rules.add(tie(row, columnOf), place(row.line(), columnOf));
                if (++count % 1000 == 0) {
                    progress.checkCancelled();
                    progress.update("Reading " + fileName, rows.charsRead(), size);
                }
            }
            List<State> states = new ArrayList<>();
            for (String code : named) {
                states.add(new State(code, reference.nameOf(code).orElseThrow()));
            }
            return ReadFile.ofPlaces(new Dataset(null, states, rules.ties(), List.of()), rules.places());
        }
    }

    /** Each known column with its index; an unknown, repeated or missing column is an error. */
    private static Map<String, Integer> columns(CsvRows.Row header, String fileName) throws DatasetFormatException {
        Map<String, Integer> columnOf = new HashMap<>();
        List<String> cells = header.cells();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip();
            String place = "line " + header.line() + ", column " + (i + 1);
            if (!COLUMNS.contains(name)) {
                throw new DatasetFormatException(fileName, place, "unknown column " + Texts.quoted(name) + "; the columns are "
                        + String.join(",", COLUMNS));
            }
            Integer earlier = columnOf.putIfAbsent(name, i);
            if (earlier != null) {
                throw new DatasetFormatException(fileName, place, "column " + Texts.quoted(name) + " appears twice (also column "
                        + (earlier + 1) + ")");
            }
        }
        for (String name : REQUIRED) {
            if (!columnOf.containsKey(name)) {
                throw new DatasetFormatException(fileName, "line " + header.line(), "missing required column '" + name
                        + "'; the columns are " + String.join(",", COLUMNS));
            }
        }
        return columnOf;
    }

    /** The row as the fields of a tie; an empty cell, like null in JSON, means absent. */
    private static TieJson tie(CsvRows.Row row, Map<String, Integer> columnOf) {
        return new TieJson(cell(row, columnOf, "from"), cell(row, columnOf, "to"), cell(row, columnOf, "type"),
                cell(row, columnOf, "start"), cell(row, columnOf, "end"), cell(row, columnOf, "description"),
                cell(row, columnOf, "source"), cell(row, columnOf, "confidence"));
    }

    private static String cell(CsvRows.Row row, Map<String, Integer> columnOf, String column) {
        Integer index = columnOf.get(column);
        if (index == null) {
            return null;
        }
        String text = row.cells().get(index);
        return text.isEmpty() ? null : text;
    }

    private static TieRules.Place place(int line, Map<String, Integer> columnOf) {
        return new TieRules.Place() {
            @Override
            public String whole() {
                return "line " + line;
            }

            @Override
            public String of(String field) {
                Integer index = columnOf.get(field);
                return index == null ? "line " + line + " (" + field + ")"
                        : "line " + line + ", column " + (index + 1) + " (" + field + ")";
            }
        };
    }
}
