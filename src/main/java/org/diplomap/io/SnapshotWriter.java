package org.diplomap.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;

import org.diplomap.model.PartialDate;
import org.diplomap.model.Snapshot;
import org.diplomap.model.State;
import org.diplomap.model.Tie;

import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes the network on one day as JSON or CSV. States come sorted by code and ties in {@link Tie#ORDER},
 * whatever order the snapshot holds them in; tie types are written by their data code ("recognition").
 */
public final class SnapshotWriter {

    private static final String CSV_HEADER = "from,to,type,start,end,source";
    private static final String CRLF = "\r\n";

    record SnapshotJson(String date, List<StateRow> states, List<TieRow> ties) {
    }

    record StateRow(String code, String name) {
    }

    record TieRow(String from, String to, String type, String start, String end, String source) {
    }

    /** Writes JSON to a Writer that stays open; an absent end or source is written as null. */
    public void writeJson(Snapshot snapshot, Writer out) throws IOException {
        List<StateRow> states = sortedStates(snapshot).stream().map(s -> new StateRow(s.code(), s.name())).toList();
        List<TieRow> ties = sortedTies(snapshot).stream()
                .map(t -> new TieRow(t.from(), t.to(), t.type().code(), text(t.start()), text(t.end()), t.source()))
                .toList();
        try {
            Json.MAPPER.writeValue(out, new SnapshotJson(snapshot.date().toString(), states, ties));
            out.write(System.lineSeparator());
            out.flush();
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        }
    }

    /**
     * Writes CSV (RFC 4180, CRLF line ends) to a Writer that stays open. An absent end or source is an empty
     * cell. A cell that a spreadsheet would take for a formula gets a leading single quote.
     */
    public void writeCsv(Snapshot snapshot, Writer out) throws IOException {
        out.write(CSV_HEADER);
        out.write(CRLF);
        for (Tie tie : sortedTies(snapshot)) {
            String[] cells = {tie.from(), tie.to(), tie.type().code(), text(tie.start()), text(tie.end()), tie.source()};
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(csvCell(cells[i]));
            }
            out.write(CRLF);
        }
        out.flush();
    }

    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        String cell = isFormulaLike(value) ? "'" + value : value;
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    // Spreadsheets run a cell starting with one of these as a formula, which an exported source could abuse.
    private static boolean isFormulaLike(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    private static List<State> sortedStates(Snapshot snapshot) {
        return snapshot.states().stream().sorted(Comparator.comparing(State::code)).toList();
    }

    private static List<Tie> sortedTies(Snapshot snapshot) {
        return snapshot.ties().stream().sorted(Tie.ORDER).toList();
    }

    private static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }
}
