package org.diplomap.ui.details;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.util.Duration;
import org.diplomap.model.Confidence;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.ui.details.DetailsViewModel.TieRow;

/**
 * The side panel of the selected state: its name and code, its ties at the current date grouped by type,
 * and its history as a small timeline. Clicking a tie, in the list or in the history, goes to its start.
 * A state of a world-sized dataset has hundreds of ties at a date: the list is virtualised, so that only the
 * rows on screen are nodes.
 */
public final class DetailsView extends VBox {

    private static final double WIDTH = 340;
    private static final double HEADING_HEIGHT = 32;
    private static final double TIE_HEIGHT = 68;
    private static final double EMPTY_HEIGHT = 34;
    private static final double MAX_LIST_HEIGHT = 480;

    /** A line of the tie list: the heading of a type, or a tie with its place among the rows of the model. */
    private sealed interface Entry permits Heading, Row {
    }

    private record Heading(TieType type, long count) implements Entry {
    }

    private record Row(int index, TieRow row) implements Entry {
    }

    private final DetailsViewModel model;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private Function<Tie, ContextMenu> tieMenu;
    private Function<String, ContextMenu> stateMenu;

    public DetailsView(DetailsViewModel model) {
        this.model = model;
        setId("details");
        getStyleClass().add("details");
        getStylesheets().add(DetailsView.class.getResource("details.css").toExternalForm());
        setPrefWidth(WIDTH);
        setMinWidth(260);

        Label hint = new Label("Click a state to see its ties");
        hint.setId("details-hint");
        hint.getStyleClass().add("details-hint");
        hint.setWrapText(true);

        Label title = new Label();
        title.setId("details-title");
        title.getStyleClass().add("details-title");
        title.textProperty().bind(model.nameProperty());
        Label code = new Label();
        code.setId("details-code");
        code.getStyleClass().add("details-code");
        code.textProperty().bind(model.selectedProperty());
        HBox header = new HBox(8, title, code);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("details-header");

        Label date = new Label();
        date.setId("details-date");
        date.getStyleClass().add("details-section");
        date.textProperty().bind(model.dateTextProperty());
        date.setMaxWidth(Double.MAX_VALUE);

        ListView<Entry> ties = new ListView<>(entries);
        ties.setId("details-ties");
        ties.getStyleClass().add("details-ties");
        ties.setCellFactory(list -> new EntryCell());
        ties.setFocusTraversable(false);
        Label none = new Label("No active tie on this date");
        none.getStyleClass().add("details-empty");
        ties.setPlaceholder(none);
        ties.prefHeightProperty().bind(Bindings.createDoubleBinding(this::listHeight, entries));
        ties.setMinHeight(Region.USE_PREF_SIZE);

        Label historyHeading = new Label("History");
        historyHeading.getStyleClass().add("details-section");
        historyHeading.setMaxWidth(Double.MAX_VALUE);

        VBox content = new VBox(header, date, ties, historyHeading, new HistoryChart(model));
        content.getStyleClass().add("details-content");
        // The panel scrolls as a whole when the window is short; the list and the chart scroll their own rows.
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("details-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        hint.visibleProperty().bind(model.selectedProperty().isNull());
        hint.managedProperty().bind(hint.visibleProperty());
        scroll.visibleProperty().bind(model.selectedProperty().isNotNull());
        scroll.managedProperty().bind(scroll.visibleProperty());
        getChildren().addAll(hint, scroll);

        model.rows().addListener((ListChangeListener<TieRow>) change -> showRows());
        showRows();
        // A secondary click rather than a context-menu request, as the network does: the same on every platform.
        setOnMouseClicked(e -> {
            String shown = model.selectedProperty().get();
            if (e.getButton() == MouseButton.SECONDARY && stateMenu != null && shown != null) {
                stateMenu.apply(shown).show(this, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    /**
     * The menus of a right-click: on a tie of the list, and elsewhere in the panel (for the state shown). A
     * right-click on a tie selects it.
     */
    public void setContextMenus(Function<Tie, ContextMenu> forTie, Function<String, ContextMenu> forState) {
        this.tieMenu = forTie;
        this.stateMenu = forState;
    }

    /** Room for the entries up to a limit past which the list scrolls; a guess, since ties wrap differently. */
    private double listHeight() {
        double height = 4;
        for (Entry entry : entries) {
            height += entry instanceof Heading ? HEADING_HEIGHT : TIE_HEIGHT;
            if (height >= MAX_LIST_HEIGHT) {
                return MAX_LIST_HEIGHT;
            }
        }
        return entries.isEmpty() ? EMPTY_HEIGHT : height;
    }

    private void showRows() {
        List<TieRow> rows = model.rows();
        List<Entry> shown = new ArrayList<>(rows.size() + TieType.values().length);
        TieType group = null;
        for (int i = 0; i < rows.size(); i++) {
            TieRow row = rows.get(i);
            if (row.type() != group) {
                group = row.type();
                TieType type = group;
                shown.add(new Heading(type, rows.stream().filter(r -> r.type() == type).count()));
            }
            shown.add(new Row(i, row));
        }
        entries.setAll(shown);
    }

    /**
     * One line of the list, reused for whichever entry scrolls into view. Its nodes are made once; a heading
     * and a tie are two layouts of the same cell.
     */
    private final class EntryCell extends ListCell<Entry> {

        private final Label groupName = new Label();
        private final Label groupCount = new Label();
        private final Line groupLine = new Line();
        private final HBox heading = new HBox(8, groupLine, groupName, groupCount);
        private final Label sentence = new Label();
        private final Label since = new Label();
        private final Label source = new Label();
        private final VBox tie = new VBox(2, sentence, since, source);
        private final Tooltip tip = new Tooltip();
        private final ChangeListener<Tie> followSelection = (obs, old, selected) -> markSelected();
        private TieRow shown;

        EntryCell() {
            groupName.getStyleClass().add("details-group-name");
            groupCount.getStyleClass().add("details-group-count");
            heading.setAlignment(Pos.CENTER_LEFT);
            heading.getStyleClass().add("details-group");
            sentence.getStyleClass().add("details-tie-sentence");
            sentence.setWrapText(true);
            since.getStyleClass().add("details-tie-meta");
            source.getStyleClass().add("details-tie-source");
            source.setWrapText(true);
            source.managedProperty().bind(source.visibleProperty());
            tie.getStyleClass().add("details-tie-box");
            tip.setShowDelay(Duration.millis(300));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            setPrefWidth(0);
            // Every cell follows the selected tie itself: refreshing the list would close a menu opened on one.
            model.selectedTieProperty().addListener(new WeakChangeListener<>(followSelection));
            setOnMouseClicked(e -> {
                if (shown == null) {
                    return;
                }
                Tie clicked = shown.tie();
                if (e.getButton() == MouseButton.SECONDARY) {
                    if (tieMenu != null) {
                        model.selectTie(clicked);
                        tieMenu.apply(clicked).show(this, e.getScreenX(), e.getScreenY());
                    }
                } else {
                    model.goTo(clicked);
                }
                e.consume();
            });
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            setId(null);
            getStyleClass().removeAll("details-tie", "details-group-cell");
            shown = null;
            setTooltip(null);
            if (empty || entry == null) {
                setGraphic(null);
            } else if (entry instanceof Heading h) {
                TieLines.style(groupLine, h.type(), 0, 0, 26, 0, 3);
                groupName.setText(h.type().label());
                groupCount.setText(Long.toString(h.count()));
                getStyleClass().add("details-group-cell");
                setGraphic(heading);
            } else if (entry instanceof Row r) {
                shown = r.row();
                sentence.setText(shown.sentence());
                since.setText(shown.since() + "  \u00B7  " + shown.confidence().code() + " confidence");
                since.getStyleClass().remove("details-tie-uncertain");
                if (shown.confidence() != Confidence.HIGH) {
                    since.getStyleClass().add("details-tie-uncertain");
                }
                source.setText(shown.source());
                source.setVisible(shown.source() != null);
                tip.setText(tooltipText(shown));
                setTooltip(tip);
                setId("details-tie-" + r.index());
                getStyleClass().add("details-tie");
                setGraphic(tie);
            }
            markSelected();
        }

        private void markSelected() {
            Tie selected = model.selectedTieProperty().get();
            boolean isSelected = shown != null && selected != null && selected.id().equals(shown.tie().id());
            getStyleClass().remove("details-tie-selected");
            if (isSelected) {
                getStyleClass().add("details-tie-selected");
            }
        }
    }

    private static String tooltipText(TieRow row) {
        Tie tie = row.tie();
        StringBuilder text = new StringBuilder(row.arrow()).append(": ").append(tie.type().label());
        if (tie.description() != null) {
            text.append("\n").append(tie.description());
        }
        return text.append("\nClick to go to ").append(tie.start()).append(", when it began").toString();
    }
}
