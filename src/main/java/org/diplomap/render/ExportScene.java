package org.diplomap.render;

import java.util.List;
import java.util.Objects;
import org.diplomap.graph.Layout;
import org.diplomap.model.Snapshot;
import org.diplomap.model.State;

/**
 * What an exported picture shows: the network at one date, placed by the dataset's layout.
 *
 * <p>{@code allStates} lists every state of the dataset, not only those existing at the date: the picture is
 * fitted to all of them so that a series of exports at several dates keeps every state at the same spot.
 * Only the states of the snapshot are drawn. {@code title} and {@code source} may be null.
 */
public record ExportScene(Snapshot snapshot, List<State> allStates, Layout layout, String title, String source) {

    public ExportScene {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(layout, "layout");
        allStates = List.copyOf(Objects.requireNonNull(allStates, "allStates"));
    }
}
