package org.diplomap.ui.events;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.diplomap.timeline.TimelineEvent;

/**
 * The list of every event with its date as written and its title; the current event is selected and kept in
 * view. A click or Enter on an event moves the window to its date. A mark before each row tells the kind: a
 * grey square for a narrative event, a filled dot in the tie's colour for a start, a ring for an end.
 */
public final class EventListView extends VBox {

    /** Rows of one height let the list place any of hundreds of thousands of rows without measuring them. */
    private static final double ROW_HEIGHT = 28;

    /**
     * The current event keeps the same light highlight whether or not the list has the focus, so that it
     * reads as "where we are" rather than as a choice the user made.
     */
    private static final String STYLE = "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString((
            ".list-cell:filled { -fx-cursor: hand; }\n"
            + ".list-cell:filled:hover { -fx-background-color: #EEF3F8; }\n"
            + ".list-cell:filled:selected { -fx-background: #DCEAF7; -fx-background-color: #2F6FB0, #DCEAF7;"
            + " -fx-background-insets: 0, 0 0 0 4; }\n"
            + ".event-date { -fx-font-family: monospace; -fx-opacity: 0.75; }\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private final EventListViewModel model;
    private final ListView<TimelineEvent> list = new ListView<>();
    /** A scroll asked for before the list had its size, when it could not tell where the rows would be. */
    private boolean scrollPending;

    public EventListView(EventListViewModel model) {
        this.model = model;
        setId("event-list-view");
        setSpacing(4);
        setPadding(new Insets(8));

        Label heading = new Label("Events");
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 13px;");

        list.setId("event-list");
        list.setItems(model.events());
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(view -> new EventCell());
        list.setPlaceholder(new Label("No events"));
        list.getStylesheets().add(STYLE);
        list.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) {
                model.choose(list.getSelectionModel().getSelectedIndex());
                key.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        model.currentProperty().addListener((obs, old, position) -> follow());
        model.events().addListener((ListChangeListener<TimelineEvent>) change -> follow());
        list.skinProperty().addListener((obs, old, skin) -> follow());
        list.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs && scrollPending) {
                scrollPending = false;
                follow();
            }
        });

        getChildren().addAll(heading, list);
        follow();
    }

    /** Selects the current event and scrolls to it if it is out of sight. */
    private void follow() {
        int position = model.currentProperty().get();
        if (position < 0) {
            list.getSelectionModel().clearSelection();
            // Nor a focus ring on the event last current: before the first event, none is.
            list.getFocusModel().focus(-1);
        } else {
            list.getSelectionModel().select(position);
            scrollToSee(position);
        }
    }

    private void scrollToSee(int position) {
        IndexedCell<?> first = null;
        IndexedCell<?> last = null;
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            first = flow.getFirstVisibleCell();
            last = flow.getLastVisibleCell();
        }
        if (first == null || last == null) {
            // Before its first layout the list would scroll by a guess of its height: wait for the layout.
            scrollPending = true;
            return;
        }
        // The first and last cells may be cut by the edges: only those strictly between are wholly in sight.
        if (position <= first.getIndex() || position >= last.getIndex()) {
            // A few rows of the past above the current event give it context.
            list.scrollTo(Math.max(0, position - 3));
        }
    }

    private final class EventCell extends ListCell<TimelineEvent> {

        private final Label date = new Label();
        private final Label title = new Label();
        private final HBox row = new HBox(8);
        private final Tooltip tooltip = new Tooltip();

        {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(460);
        }

        EventCell() {
            // As wide as the list, never wider: long titles end in an ellipsis rather than scroll sideways.
            setPrefWidth(0);
            title.setMinWidth(0);
            // The date is what a reader looks for: it is never cut short, the title is.
            date.setMinWidth(Region.USE_PREF_SIZE);
            date.getStyleClass().add("event-date");
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            setOnMouseClicked(click -> {
                if (!isEmpty()) {
                    model.choose(getIndex());
                }
            });
        }

        @Override
        protected void updateItem(TimelineEvent event, boolean empty) {
            super.updateItem(event, empty);
            if (empty || event == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                setTooltip(null);
                return;
            }
            // Padded to the length of a full date: in a monospaced font the titles then start in one column.
            date.setText(String.format("%-10s", EventListViewModel.dateText(event)));
            title.setText(event.title());
            row.getChildren().setAll(mark(event), date, title);
            setText(null);
            setGraphic(row);
            String description = EventListViewModel.dateText(event) + ", " + EventListViewModel.kindText(event)
                    + ": " + event.title();
            setAccessibleText(description);
            tooltip.setText(event.source() == null ? description : description + "\nSource: " + event.source());
            setTooltip(tooltip);
        }
    }

    private static Shape mark(TimelineEvent event) {
        Color colour = Color.web(EventListViewModel.colourOf(event));
        Shape mark = switch (event.kind()) {
            case NARRATIVE -> new Rectangle(9, 9, colour);
            case TIE_START -> new Circle(5, colour);
            case TIE_END -> {
                Circle ring = new Circle(4, Color.WHITE);
                ring.setStroke(colour);
                ring.setStrokeWidth(2);
                yield ring;
            }
        };
        mark.getStyleClass().add("event-mark");
        return mark;
    }
}
