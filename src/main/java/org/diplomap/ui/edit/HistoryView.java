package org.diplomap.ui.edit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.diplomap.store.ChangeEntry;

/**
 * The history of edits, newest first, with the time of each; undone edits are greyed and marked, as redo
 * would apply them again. Undo and redo buttons above it.
 */
public final class HistoryView extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final ListView<ChangeEntry> list = new ListView<>();

    public HistoryView(EditViewModel edit) {
        setId("history");
        setSpacing(8);
        setPadding(new Insets(6, 0, 0, 0));
        Button undo = new Button("Undo");
        undo.setId("history-undo");
        undo.disableProperty().bind(edit.canUndoProperty().not());
        undo.setOnAction(e -> edit.undo());
        undo.setTooltip(new Tooltip("Ctrl+Z"));
        Button redo = new Button("Redo");
        redo.setId("history-redo");
        redo.disableProperty().bind(edit.canRedoProperty().not());
        redo.setOnAction(e -> edit.redo());
        redo.setTooltip(new Tooltip("Ctrl+Shift+Z or Ctrl+Y"));
        Label count = new Label();
        count.setStyle("-fx-text-fill: #666;");
        edit.history().addListener((javafx.collections.ListChangeListener<ChangeEntry>) c -> count.setText(
                edit.history().size() == 1 ? "1 edit" : edit.history().size() + " edits"));
        count.setText("0 edits");
        HBox buttons = new HBox(8, undo, redo, count);
        buttons.setAlignment(Pos.CENTER_LEFT);

        list.setId("history-list");
        list.setPlaceholder(new Label("No edits since the data was imported.\nEdit > Add tie\u2026 to begin."));
        list.setCellFactory(view -> new EntryCell(list));
        VBox.setVgrow(list, Priority.ALWAYS);
        edit.history().addListener((javafx.collections.ListChangeListener<ChangeEntry>) c -> showNewestFirst(edit));
        showNewestFirst(edit);
        getChildren().addAll(buttons, list);
    }

    private void showNewestFirst(EditViewModel edit) {
        java.util.List<ChangeEntry> newestFirst = new java.util.ArrayList<>(edit.history());
        java.util.Collections.reverse(newestFirst);
        list.getItems().setAll(newestFirst);
    }

    /** "14:03:12", or the day too for an edit of another day. */
    static String timeOf(ChangeEntry entry) {
        ZonedDateTime made = entry.madeAt().atZone(ZoneId.systemDefault());
        return made.toLocalDate().equals(LocalDate.now()) ? TIME.format(made) : DAY_AND_TIME.format(made);
    }

    /** The time above the description, which wraps: the side panel is narrow. */
    private static final class EntryCell extends ListCell<ChangeEntry> {

        private final ListView<ChangeEntry> list;

        EntryCell(ListView<ChangeEntry> list) {
            this.list = list;
        }

        @Override
        protected void updateItem(ChangeEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label time = new Label(timeOf(entry));
            time.setMinWidth(USE_PREF_SIZE);
            time.setStyle("-fx-text-fill: #777; -fx-font-size: 0.9em;");
            time.setText(timeOf(entry) + (entry.undone() ? "  undone" : ""));
            Label what = new Label(entry.description());
            what.setWrapText(true);
            what.setMinHeight(USE_PREF_SIZE);
            what.setStyle(entry.undone() ? "-fx-text-fill: #999; -fx-font-style: italic;" : "");
            VBox lines = new VBox(1, time, what);
            lines.maxWidthProperty().bind(list.widthProperty().subtract(28));
            setText(null);
            setGraphic(lines);
            getStyleClass().removeAll("history-undone");
            if (entry.undone()) {
                getStyleClass().add("history-undone");
            }
            setTooltip(new Tooltip(entry.description() + "\nMade " + entry.madeAt()
                    + (entry.undone() ? "\nUndone " + entry.undoneAt() : "")));
        }
    }
}
