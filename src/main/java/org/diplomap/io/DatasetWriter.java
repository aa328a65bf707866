package org.diplomap.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes a dataset in the file format that {@link DatasetReader} reads, pretty-printed. Every field is
 * written; absent optional values are written as null, dates with the precision they were written with.
 */
public final class DatasetWriter {

    /** Writes to a Writer that stays open. */
    public void write(Dataset dataset, Writer out) throws IOException {
        try {
            Json.MAPPER.writeValue(out, toJson(dataset));
            out.write(System.lineSeparator());
            out.flush();
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        }
    }

    public void write(Dataset dataset, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(dataset, out);
        }
    }

    private static DatasetJson toJson(Dataset dataset) {
        return new DatasetJson(DatasetReader.FORMAT, DatasetReader.VERSION, dataset.title(),
                dataset.states().stream().map(DatasetWriter::toJson).toList(),
                dataset.ties().stream().map(DatasetWriter::toJson).toList(),
                dataset.events().stream().map(DatasetWriter::toJson).toList(),
                dataset.views().stream().map(DatasetWriter::toJson).toList());
    }

    static StateJson toJson(State state) {
        return new StateJson(state.code(), state.name(), text(state.start()), text(state.end()));
    }

    static TieJson toJson(Tie tie) {
        return new TieJson(tie.from(), tie.to(), tie.type().code(), text(tie.start()), text(tie.end()),
                tie.description(), tie.source(), tie.confidence().code());
    }

    static EventJson toJson(Event event) {
        return new EventJson(text(event.date()), event.title(), event.description(), event.source(), event.states());
    }

    private static ViewJson toJson(SavedView view) {
        // Hidden types in the order of TieType, so that equal views are written alike.
        List<String> hidden = Arrays.stream(TieType.values()).filter(view.hiddenTypes()::contains)
                .map(TieType::code).toList();
        return new ViewJson(view.name(), text(view.date()), hidden, view.hideStatesWithoutTies(), view.focus(),
                view.layout().code(), view.zoom(), List.of(view.centreX(), view.centreY()));
    }

    private static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }
}
