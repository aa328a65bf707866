package org.diplomap.ui.edit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplomap.model.Change;
import org.diplomap.model.Dataset;
import org.diplomap.store.ChangeEntry;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.task.TaskRunner;

/**
 * Edits of the open database, their undo and redo, and the history of edits. Every edit runs on the worker
 * (one transaction, then the index is brought up to date); the new index is then handed on, so that the
 * network, the details, the chart and the event list show the edit at once.
 */
public final class EditViewModel {

    /** What an edit, undo or redo leaves: the index after it and the history. */
    private record Outcome(TimelineIndex index, List<ChangeEntry> history, String message) {
    }

    private final TaskRunner tasks;
    private final Consumer<Throwable> onError;
    private final ObservableList<ChangeEntry> history = FXCollections.observableArrayList();
    private final ObservableList<ChangeEntry> historyView = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Workspace workspace;
    private int pending;
    private Consumer<TimelineIndex> onEdited = index -> { };

    public EditViewModel(TaskRunner tasks, Consumer<Throwable> onError) {
        this.tasks = tasks;
        this.onError = onError;
    }

    /** Takes the database opened (or null when none) and reads its history on the worker. */
    public void setWorkspace(Workspace opened) {
        if (opened != workspace) {
            // What was stored in another database says nothing about this one.
            status.set("");
        }
        workspace = opened;
        if (opened == null) {
            showHistory(List.of());
            return;
        }
        tasks.run(opened::history, this::showHistory, onError);
    }

    /** Called with the new index after every edit, undo and redo. */
    public void setOnEdited(Consumer<TimelineIndex> onEdited) {
        this.onEdited = Objects.requireNonNull(onEdited);
    }

    /** The data the forms check against: what is stored, as of the last edit; empty when nothing is open. */
    public Dataset data() {
        return workspace == null ? Dataset.empty() : workspace.data();
    }

    public boolean hasWorkspace() {
        return workspace != null;
    }

    public void apply(Change change) {
        run(target -> {
            target.apply(change);
            return "Stored: " + change.description();
        });
    }

    /** Undoes the last edit not undone; nothing when there is none. */
    public void undo() {
        run(target -> target.undo().map(e -> "Undone: " + e.description()).orElse("Nothing to undo"));
    }

    /** Applies again the first undone edit; nothing when there is none. */
    public void redo() {
        run(target -> target.redo().map(e -> "Redone: " + e.description()).orElse("Nothing to redo"));
    }

    @FunctionalInterface
    private interface Edit {
        String on(Workspace workspace);
    }

    private void run(Edit edit) {
        Workspace target = workspace;
        if (target == null) {
            return;
        }
        // Edits asked for while one is stored wait their turn: the worker takes them in order.
        pending++;
        busy.set(true);
        tasks.run(() -> {
            String message = edit.on(target);
            return new Outcome(target.index(), target.history(), message);
        }, outcome -> {
            busy.set(--pending > 0);
            showHistory(outcome.history());
            status.set(outcome.message());
            onEdited.accept(outcome.index());
        }, failure -> {
            busy.set(--pending > 0);
            onError.accept(failure);
        });
    }

    private void showHistory(List<ChangeEntry> entries) {
        history.setAll(entries);
        Optional<ChangeEntry> lastDone = entries.stream().filter(e -> !e.undone()).reduce((a, b) -> b);
        Optional<ChangeEntry> firstUndone = entries.stream().filter(ChangeEntry::undone).findFirst();
        canUndo.set(lastDone.isPresent());
        canRedo.set(firstUndone.isPresent());
        undoText.set(lastDone.map(e -> "Undo " + e.description()).orElse("Undo"));
        redoText.set(firstUndone.map(e -> "Redo " + e.description()).orElse("Redo"));
    }

    /** The edits since the last import, oldest first; the undone ones are marked. */
    public ObservableList<ChangeEntry> history() {
        return historyView;
    }

    /** "Undo Add tie RUS \u2192 AFG recognition", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Whether an edit is being stored. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last edit, undo or redo did, in words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
