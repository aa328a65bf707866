package org.diplomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diplomap.model.Change;
import org.diplomap.model.Confidence;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.store.h2.H2Workspaces;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits through the workspace: the timeline index follows each edit, undo and redo at once. */
class WorkspaceEditTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final Tie KAZAKHSTAN = new Tie("KAZ", "AFG", TieType.RECOGNITION, PartialDate.parse("2026-02"),
            null, "Recognition", "Akorda", Confidence.MEDIUM);

    @TempDir
    Path dir;

    @Test
    void indexFollowsAnEditItsUndoAndItsRedo() {
        try (Workspace workspace = H2Workspaces.open(dir.resolve("db"))) {
            TimelineIndex before = workspace.index();
            assertThat(before.snapshotAt(DAY).ties()).doesNotContain(KAZAKHSTAN);

            workspace.apply(Change.addTie(KAZAKHSTAN, List.of()));
            assertThat(workspace.index().snapshotAt(DAY).ties()).contains(KAZAKHSTAN);
            assertThat(workspace.index().activeTiesOf("KAZ", DAY)).contains(KAZAKHSTAN);
            assertThat(workspace.index().tieCount()).isEqualTo(before.tieCount() + 1);

            workspace.undo().orElseThrow();
            assertThat(workspace.index().snapshotAt(DAY).ties()).doesNotContain(KAZAKHSTAN);
            assertThat(workspace.index().tieCount()).isEqualTo(before.tieCount());

            workspace.redo().orElseThrow();
            assertThat(workspace.index().snapshotAt(DAY).ties()).contains(KAZAKHSTAN);
            // The index from memory is the index a fresh read of the database gives.
            assertThat(workspace.data().ties()).containsExactlyInAnyOrderElementsOf(workspace.store().load().ties());
        }
    }

    @Test
    void newStatesAndEventsAppearInTheIndex() {
        try (Workspace workspace = H2Workspaces.open(dir.resolve("db"))) {
            workspace.apply(Change.addState(new State("XEM", "An emirate", PartialDate.parse("1990"), null)));
            Event event = new Event(PartialDate.parse("2026-02-20"), "Talks in Astana", null, null, List.of("XEM"));
            workspace.apply(Change.addEvent(event));

            assertThat(workspace.index().state("XEM")).contains(new State("XEM", "An emirate",
                    PartialDate.parse("1990"), null));
            assertThat(workspace.index().eventsOn(LocalDate.of(2026, 2, 20)))
                    .anySatisfy(e -> assertThat(e.event()).isEqualTo(event));
            assertThat(workspace.history()).extracting(ChangeEntry::description)
                    .containsExactly("Add state XEM An emirate", "Add event 2026-02-20 Talks in Astana");
        }
    }

    @Test
    void editOverlappingAStoredTieIsRefusedAndChangesNothing() {
        try (Workspace workspace = H2Workspaces.open(dir.resolve("db"))) {
            Tie stored = workspace.data().ties().stream()
                    .filter(t -> t.from().equals("RUS") && t.type() == TieType.RECOGNITION).findFirst().orElseThrow();
            Tie overlapping = new Tie("RUS", "AFG", TieType.RECOGNITION, PartialDate.parse("2025-08"), null,
                    null, null, Confidence.HIGH);
            TimelineIndex before = workspace.index();

            assertThatThrownBy(() -> workspace.apply(Change.addTie(overlapping, List.of())))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("overlaps the stored tie " + "RUS -> AFG recognition from " + stored.start());

            assertThat(workspace.index()).isSameAs(before);
            assertThat(workspace.history()).isEmpty();
        }
    }
}
