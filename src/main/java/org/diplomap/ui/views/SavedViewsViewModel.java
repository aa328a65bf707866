package org.diplomap.ui.views;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplomap.model.SavedView;
import org.diplomap.render.export.ExportFormats;
import org.diplomap.render.export.ExportSource;
import org.diplomap.store.DatasetStore;
import org.diplomap.ui.task.TaskRunner;

/**
 * The saved views of the open database, in briefing order, and the position of the briefing. Saving, deleting
 * and moving are stored at once (on the worker); recalling hands the view to whoever applies it to the window.
 */
public final class SavedViewsViewModel {

    private final TaskRunner tasks;
    private final Consumer<Throwable> onError;
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private final ObservableList<SavedView> viewsView = FXCollections.unmodifiableObservableList(views);
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyStringWrapper place = new ReadOnlyStringWrapper(this, "place", "");
    private final ReadOnlyStringWrapper deckStatus = new ReadOnlyStringWrapper(this, "deckStatus", "");
    private Consumer<SavedView> onRecall = view -> { };
    private DatasetStore store;

    public SavedViewsViewModel(TaskRunner tasks, Consumer<Throwable> onError) {
        this.tasks = tasks;
        this.onError = onError;
        place.bind(Bindings.createStringBinding(() -> {
            int at = current.get();
            return at < 0 || at >= views.size() ? ""
                    : views.get(at).name() + "   " + (at + 1) + " / " + views.size();
        }, current, views));
    }

    /** The view last recalled and its place in the briefing ("Recognition   3 / 7"); empty before any. */
    public ReadOnlyStringProperty placeProperty() {
        return place.getReadOnlyProperty();
    }

    /** What applies a recalled view to the window. */
    public void setOnRecall(Consumer<SavedView> onRecall) {
        this.onRecall = onRecall;
    }

    /** Takes the views of a (newly opened or imported) database. */
    public void setStore(DatasetStore newStore) {
        store = newStore;
        current.set(-1);
        change(() -> { });
    }

    /** Saves a view: a new name goes at the end of the briefing, a known name is replaced in place. */
    public void save(SavedView view) {
        change(() -> store.saveView(view));
    }

    public void delete(String name) {
        change(() -> store.deleteView(name));
    }

    /** Moves a view to another place in the briefing (0 is the first). */
    public void move(String name, int newPosition) {
        change(() -> store.moveView(name, newPosition));
    }

    private void change(Runnable write) {
        DatasetStore target = store;
        if (target == null) {
            return;
        }
        tasks.run(() -> {
            write.run();
            return target.savedViews();
        }, this::show, onError);
    }

    private void show(List<SavedView> stored) {
        views.setAll(stored);
        if (current.get() >= views.size()) {
            current.set(views.size() - 1);
        }
    }

    public ObservableList<SavedView> views() {
        return viewsView;
    }

    /** The position in the briefing of the view last recalled, or -1. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public void recall(int index) {
        if (index >= 0 && index < views.size()) {
            current.set(index);
            onRecall.accept(views.get(index));
        }
    }

    /** Recalls the next view of the briefing; false at its end. */
    public boolean next() {
        if (current.get() + 1 >= views.size()) {
            return false;
        }
        recall(current.get() + 1);
        return true;
    }

    /** Recalls the previous view of the briefing; false at its start. */
    public boolean previous() {
        if (current.get() <= 0) {
            return false;
        }
        recall(current.get() - 1);
        return true;
    }

    /**
     * Writes the briefing as a PDF deck on the worker: a title page, then a page per saved view in order, drawn from
     * {@code source} (see {@link ExportFormats#writeBriefing}). Nothing happens without saved views.
     */
    public void exportDeck(ExportSource source, Path out) {
        List<SavedView> briefing = List.copyOf(views);
        if (briefing.isEmpty()) {
            return;
        }
        deckStatus.set("Writing the briefing to " + out + " \u2026");
        tasks.run(() -> {
            ExportFormats.writeBriefing(source, briefing, out);
            return out;
        }, written -> deckStatus.set("Wrote " + written + ": a title page and " + briefing.size()
                + (briefing.size() == 1 ? " view" : " views")), e -> {
                    deckStatus.set("");
                    onError.accept(e);
                });
    }

    /** What the last deck export did ("Wrote deck.pdf: a title page and 4 views"); empty before any. */
    public ReadOnlyStringProperty deckStatusProperty() {
        return deckStatus.getReadOnlyProperty();
    }

    public Optional<SavedView> named(String name) {
        return views.stream().filter(v -> v.name().equals(name)).findFirst();
    }
}
