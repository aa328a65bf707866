package org.diplomap.render;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.diplomap.graph.Layout;
import org.diplomap.model.Snapshot;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * What an exported picture shows: the network at one date, placed by the dataset's layout.
 *
 * <p>{@code allStates} lists every state of the dataset, not only those existing at the date: the picture is
 * fitted to all of them so that a series of exports at several dates keeps every state at the same spot.
 * Only the states of the snapshot are drawn. {@code title} and {@code source} may be null.
 */
public record ExportScene(Snapshot snapshot, List<State> allStates, Layout layout, String title, String source,
                          ExportOptions options) {

    public ExportScene {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(options, "options");
        allStates = List.copyOf(Objects.requireNonNull(allStates, "allStates"));
    }

    public ExportScene(Snapshot snapshot, List<State> allStates, Layout layout, String title, String source) {
        this(snapshot, allStates, layout, title, source, ExportOptions.DEFAULT);
    }

    public ExportScene withOptions(ExportOptions newOptions) {
        return new ExportScene(snapshot, allStates, layout, title, source, newOptions);
    }

    /** The ties that are drawn: those of the types shown. */
    List<Tie> shownTies() {
        return snapshot.ties().stream().filter(t -> options.shows(t.type())).toList();
    }

    /** The tie types that have a row in the legend. */
    List<TieType> shownTypes() {
        return Arrays.stream(TieType.values()).filter(options::shows).toList();
    }

    /** The title as drawn: null when absent or left out. */
    String shownTitle() {
        return options.title() && title != null && !title.isBlank() ? title : null;
    }

    /** The source line as drawn: null when absent or left out. */
    String shownSource() {
        return options.source() && source != null && !source.isBlank() ? source : null;
    }
}
