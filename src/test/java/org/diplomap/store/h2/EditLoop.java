package org.diplomap.store.h2;

import java.nio.file.Path;
import java.util.List;
import org.diplomap.model.Change;
import org.diplomap.model.Confidence;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.store.Workspace;

/**
 * Edits a database without end, as a person editing in the window would, until it is killed: prints "ready"
 * once the database is open, then "stored N" after each edit, undo or redo is committed. Each edit writes
 * several rows (a state, a tie naming it, an event), so that a kill can fall between them.
 */
public final class EditLoop {

    public static void main(String[] args) {
        try (Workspace workspace = H2Workspaces.open(Path.of(args[0]))) {
            System.out.println("ready");
            System.out.flush();
            for (int i = 1; ; i++) {
                if (i % 5 == 0) {
                    workspace.undo();
                } else if (i % 7 == 0) {
                    workspace.redo();
                } else {
                    workspace.apply(edit(i));
                }
                System.out.println("stored " + i);
                System.out.flush();
            }
        }
    }

    /** A new state with a tie and an event naming it, in one edit. */
    static Change edit(int i) {
        String code = String.format("E%05d", i);
        State state = new State(code, "Edited state " + i);
        Tie tie = new Tie(code, "AFG", TieType.ENGAGEMENT, PartialDate.parse("2025-08-01"), null,
                "Edit " + i, "Edit loop", Confidence.LOW);
        Event event = new Event(PartialDate.parse("2025-08-01"), "Visit " + i, null, null, List.of(code, "AFG"));
        return new Change("Edit " + i, List.of(new Change.Replacement<>(null, state)),
                List.of(new Change.Replacement<>(null, tie)), List.of(new Change.Replacement<>(null, event)));
    }
}
