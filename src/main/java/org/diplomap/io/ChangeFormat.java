package org.diplomap.io;

import java.util.function.Function;
import java.util.List;
import org.diplomap.model.Change;
import org.diplomap.model.Change.Replacement;
import org.diplomap.model.Confidence;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * A change as one JSON text, for the change log: the rows in the fields of the dataset file, so that a log entry
 * reads like the data it changed. Only text this class wrote is read back; anything else is an error.
 */
public final class ChangeFormat {

    private ChangeFormat() {
    }

    public static String write(Change change) {
        return Json.MAPPER.writeValueAsString(new ChangeJson(change.description(),
                change.states().stream().map(r -> new ChangeJson.StateRow(
                        r.before() == null ? null : DatasetWriter.toJson(r.before()),
                        r.after() == null ? null : DatasetWriter.toJson(r.after()))).toList(),
                change.ties().stream().map(r -> new ChangeJson.TieRow(
                        r.before() == null ? null : DatasetWriter.toJson(r.before()),
                        r.after() == null ? null : DatasetWriter.toJson(r.after()))).toList(),
                change.events().stream().map(r -> new ChangeJson.EventRow(
                        r.before() == null ? null : DatasetWriter.toJson(r.before()),
                        r.after() == null ? null : DatasetWriter.toJson(r.after()))).toList()));
    }

    /** @throws IllegalArgumentException when the text is not a change written by {@link #write} */
    public static Change read(String text) {
        try {
            ChangeJson json = Json.MAPPER.readValue(text, ChangeJson.class);
            return new Change(json.description(),
                    rows(json.states(), ChangeJson.StateRow::before, ChangeJson.StateRow::after, ChangeFormat::state),
                    rows(json.ties(), ChangeJson.TieRow::before, ChangeJson.TieRow::after, ChangeFormat::tie),
                    rows(json.events(), ChangeJson.EventRow::before, ChangeJson.EventRow::after, ChangeFormat::event));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a change: " + e.getMessage(), e);
        }
    }

    private static <R, J, T> List<Replacement<T>> rows(List<R> rows, Function<R, J> before, Function<R, J> after,
                                                       Function<J, T> convert) {
        if (rows == null) {
            return List.of();
        }
        return rows.stream().map(row -> new Replacement<>(
                before.apply(row) == null ? null : convert.apply(before.apply(row)),
                after.apply(row) == null ? null : convert.apply(after.apply(row)))).toList();
    }

    private static State state(StateJson json) {
        return new State(json.code(), json.name(), date(json.start()), date(json.end()));
    }

    private static Tie tie(TieJson json) {
        return new Tie(json.from(), json.to(), TieType.fromCode(json.type()).orElseThrow(),
                date(json.start()), date(json.end()), json.description(), json.source(),
                Confidence.fromCode(json.confidence()).orElseThrow());
    }

    private static Event event(EventJson json) {
        return new Event(date(json.date()), json.title(), json.description(), json.source(), json.states());
    }

    private static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }
}
