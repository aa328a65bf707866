package org.diplomap.ui.questions;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.diplomap.graph.TieStyle;
import org.diplomap.timeline.SideChange;

/**
 * The changes between the compare date and the date shown, by date: a switch marked with arrows, a gain with a plus,
 * a loss with a minus, each in its type's colour. A click or Enter on a row goes to its day and selects its state.
 */
public final class ChangesView extends VBox {

    private final ChangesViewModel model;
    private final ListView<SideChange> list = new ListView<>();

    public ChangesView(ChangesViewModel model) {
        this.model = model;
        setId("changes-view");
        setSpacing(6);
        setPadding(new Insets(8, 0, 0, 0));

        Label summary = new Label();
        summary.setId("changes-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinHeight(Region.USE_PREF_SIZE);

        list.setId("changes-list");
        list.setItems(model.changes());
        list.setCellFactory(view -> new ChangeCell());
        list.setPlaceholder(new Label("No change"));
        list.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) {
                model.choose(list.getSelectionModel().getSelectedItem());
                key.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(summary, list);
    }

    /** Two lines: the date, the mark and the state that changed; below, what it changed. */
    private final class ChangeCell extends ListCell<SideChange> {

        private final Label date = new Label();
        private final Label mark = new Label();
        private final Label state = new Label();
        private final Label what = new Label();
        private final VBox lines = new VBox(1, new HBox(6, date, mark, state), what);

        ChangeCell() {
            setPrefWidth(0);
            state.setMinWidth(0);
            what.setMinWidth(0);
            date.setMinWidth(Region.USE_PREF_SIZE);
            date.setStyle("-fx-font-family: monospace; -fx-opacity: 0.75;");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            what.setStyle("-fx-text-fill: #444;");
            what.setPadding(new Insets(0, 0, 0, 16));
            setOnMouseClicked(click -> {
                if (click.getButton() == MouseButton.PRIMARY && !isEmpty()) {
                    model.choose(getItem());
                }
            });
        }

        @Override
        protected void updateItem(SideChange change, boolean empty) {
            super.updateItem(change, empty);
            if (empty || change == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            date.setText(change.date().toString());
            mark.setText(switch (change.kind()) {
                case SWITCH -> "\u21c4";
                case GAIN -> "+";
                case LOSS -> "\u2212";
            });
            mark.setStyle("-fx-font-weight: bold; -fx-text-fill: " + TieStyle.of(change.type()).colour() + ";");
            state.setText(model.nameOf(change.state()));
            state.setStyle(change.kind() == SideChange.Kind.SWITCH ? "-fx-font-weight: bold;" : "");
            what.setText(model.what(change));
            setGraphic(lines);
            setTooltip(new Tooltip(change.date() + ": " + model.describe(change)));
        }
    }
}
