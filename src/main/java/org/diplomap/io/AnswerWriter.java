package org.diplomap.io;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.diplomap.model.TieType;
import org.diplomap.timeline.Ranking;
import org.diplomap.timeline.SideChange;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes the answers of the timeline's questions (who changed sides, who counts most) as text for a person, as CSV
 * (RFC 4180, CRLF line ends, cells a spreadsheet would run as formulas quoted) or as JSON. States are written by
 * code; {@code names} gives their names.
 */
public final class AnswerWriter {

    /** The format asked for. */
    public enum Format { text, csv, json }

    private static final String CRLF = "\r\n";

    private final Function<String, String> names;

    public AnswerWriter(Function<String, String> names) {
        this.names = names;
    }

    record ChangesJson(String from, String to, String type, String minConfidence, List<ChangeRow> changes) {
    }

    record ChangeRow(String kind, String state, String name, String type, String lostTo, String gainedTo,
                     String date) {
    }

    record RankingJson(String date, String compare, String type, String minConfidence, List<RankRow> states) {
    }

    record RankRow(String state, String name, int rank, int received, int extended, Integer rankThen,
                   Integer receivedChange, Integer extendedChange) {
    }

    /**
     * The changes between two dates: in CSV one row each, a switch with both {@code lost_to} and {@code gained_to},
     * a gain or a loss with the other empty. {@code type} and {@code minConfidence} (null when not asked) are named in
     * the text and JSON.
     */
    public void writeChanges(List<SideChange> changes, LocalDate from, LocalDate to, TieType type,
                             String minConfidence, Format format, Writer out) throws IOException {
        switch (format) {
            case csv -> {
                out.write("state,type,lost_to,gained_to,date,kind,name" + CRLF);
                for (SideChange c : changes) {
                    row(out, c.state(), c.type().code(), c.lostTo(), c.gainedTo(), c.date().toString(),
                            c.kind().code(), names.apply(c.state()));
                }
            }
            case json -> json(out, new ChangesJson(from.toString(), to.toString(), type == null ? null : type.code(),
                    minConfidence, changes.stream().map(c -> new ChangeRow(c.kind().code(), c.state(),
                            names.apply(c.state()), c.type().code(), c.lostTo(), c.gainedTo(), c.date().toString()))
                            .toList()));
            case text -> {
                long switches = changes.stream().filter(c -> c.kind() == SideChange.Kind.SWITCH).count();
                long gains = changes.stream().filter(c -> c.kind() == SideChange.Kind.GAIN).count();
                out.write(String.format(Locale.ROOT, "Changes from %s to %s%s: %d %s, %d %s, %d %s%n", from, to,
                        qualifiers(type, minConfidence), switches, switches == 1 ? "switch" : "switches",
                        gains, gains == 1 ? "tie gained" : "ties gained", changes.size() - switches - gains,
                        changes.size() - switches - gains == 1 ? "tie lost" : "ties lost"));
                for (SideChange c : changes) {
                    out.write(String.format(Locale.ROOT, "%-10s  %-30s  %s%n", c.date(), named(c.state()),
                            describe(c)));
                }
            }
        }
        out.flush();
    }

    /** What a change did, in words: "recognition: from Taiwan (TWN) to China (CHN)". */
    public String describe(SideChange change) {
        return switch (change.kind()) {
            case SWITCH -> change.type().code() + ": from " + named(change.lostTo()) + " to "
                    + named(change.gainedTo());
            case GAIN -> change.type().code() + ": gained " + named(change.gainedTo());
            case LOSS -> change.type().code() + ": lost " + named(change.lostTo());
        };
    }

    /**
     * The states by ties received, the most first: in CSV the columns state, name, received, extended and rank,
     * then, when compared with a date, the rank then and the changes in received and extended since.
     */
    public void writeRanking(List<Ranking.Row> rows, LocalDate day, LocalDate compare, TieType type,
                             String minConfidence, Format format, Writer out) throws IOException {
        boolean compared = compare != null;
        switch (format) {
            case csv -> {
                out.write("state,name,received,extended,rank"
                        + (compared ? ",rank_then,received_change,extended_change" : "") + CRLF);
                for (Ranking.Row r : rows) {
                    if (compared) {
                        row(out, r.code(), r.state().name(), num(r.received()), num(r.extended()), num(r.position()),
                                num(r.then().position()), num(r.receivedChange()), num(r.extendedChange()));
                    } else {
                        row(out, r.code(), r.state().name(), num(r.received()), num(r.extended()), num(r.position()));
                    }
                }
            }
            case json -> json(out, new RankingJson(day.toString(), compared ? compare.toString() : null,
                    type == null ? null : type.code(), minConfidence, rows.stream().map(r -> new RankRow(r.code(),
                            r.state().name(), r.position(), r.received(), r.extended(),
                            compared ? r.then().position() : null, compared ? r.receivedChange() : null,
                            compared ? r.extendedChange() : null)).toList()));
            case text -> {
                out.write(String.format(Locale.ROOT, "States by ties received on %s%s%s%n", day,
                        qualifiers(type, minConfidence), compared ? ", change since " + compare : ""));
                out.write(String.format(Locale.ROOT, "%4s  %-34s %9s %9s%s%n", "Rank", "State", "Received",
                        "Extended", compared ? String.format(Locale.ROOT, " %9s %10s %10s", "Rank then", "Received\u00b1",
                                "Extended\u00b1") : ""));
                for (Ranking.Row r : rows) {
                    out.write(String.format(Locale.ROOT, "%4d  %-34s %9d %9d%s%n", r.position(),
                            named(r.code()), r.received(), r.extended(), compared ? String.format(Locale.ROOT,
                                    " %9d %+10d %+10d", r.then().position(), r.receivedChange(), r.extendedChange())
                                    : ""));
                }
            }
        }
        out.flush();
    }

    private static String qualifiers(TieType type, String minConfidence) {
        return (type == null ? "" : ", " + type.code() + " only")
                + (minConfidence == null ? "" : ", confidence " + minConfidence + " or higher");
    }

    private String named(String code) {
        String name = names.apply(code);
        return name == null || name.equals(code) ? code : name + " (" + code + ")";
    }

    private static String num(int value) {
        return Integer.toString(value);
    }

    private static void row(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            // A number is written as it is: a negative one is no formula.
            out.write(cells[i] != null && cells[i].matches("-?\\d+") ? cells[i] : SnapshotWriter.csvCell(cells[i]));
        }
        out.write(CRLF);
    }

    private static void json(Writer out, Object value) throws IOException {
        try {
            Json.MAPPER.writeValue(out, value);
            out.write(System.lineSeparator());
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        }
    }
}
