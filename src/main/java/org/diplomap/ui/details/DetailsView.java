package org.diplomap.ui.details;

import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.diplomap.model.Confidence;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.ui.details.DetailsViewModel.TieRow;

/**
 * The side panel of the selected state: its name and code, its ties at the current date grouped by type,
 * and its history as a small timeline. Clicking a tie, in the list or in the history, goes to its start.
 */
public final class DetailsView extends VBox {

    private static final double WIDTH = 340;

    private final DetailsViewModel model;
    private final VBox ties = new VBox();
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

        ties.setId("details-ties");
        ties.getStyleClass().add("details-ties");

        Label historyHeading = new Label("History");
        historyHeading.getStyleClass().add("details-section");
        historyHeading.setMaxWidth(Double.MAX_VALUE);

        VBox content = new VBox(header, date, ties, historyHeading, new HistoryChart(model));
        content.getStyleClass().add("details-content");
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
        model.selectedTieProperty().addListener((obs, old, tie) -> markSelectedTie());
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

    private void showRows() {
        ties.getChildren().clear();
        List<TieRow> rows = model.rows();
        if (rows.isEmpty()) {
            Label none = new Label("No active tie on this date");
            none.getStyleClass().add("details-empty");
            ties.getChildren().add(none);
            return;
        }
        TieType group = null;
        for (int i = 0; i < rows.size(); i++) {
            TieRow row = rows.get(i);
            if (row.type() != group) {
                group = row.type();
                TieType type = group;
                ties.getChildren().add(groupHeader(type, rows.stream().filter(r -> r.type() == type).count()));
            }
            ties.getChildren().add(tieRow(i, row));
        }
        markSelectedTie();
    }

    /** Marks the row of the selected tie in place: rebuilding the rows would close a menu opened on one. */
    private void markSelectedTie() {
        Tie selected = model.selectedTieProperty().get();
        for (javafx.scene.Node node : ties.getChildren()) {
            if (node.getProperties().get(Tie.class) instanceof Tie tie) {
                node.getStyleClass().remove("details-tie-selected");
                if (selected != null && selected.id().equals(tie.id())) {
                    node.getStyleClass().add("details-tie-selected");
                }
            }
        }
    }

    private HBox groupHeader(TieType type, long count) {
        Label name = new Label(type.label());
        name.getStyleClass().add("details-group-name");
        Label number = new Label(Long.toString(count));
        number.getStyleClass().add("details-group-count");
        HBox header = new HBox(8, TieLines.of(type, 0, 0, 26, 0, 3), name, number);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("details-group");
        return header;
    }

    private VBox tieRow(int index, TieRow row) {
        Label sentence = new Label(row.sentence());
        sentence.getStyleClass().add("details-tie-sentence");
        sentence.setWrapText(true);
        Label since = new Label(row.since() + "  \u00B7  " + row.confidence().code() + " confidence");
        since.getStyleClass().add("details-tie-meta");
        if (row.confidence() != Confidence.HIGH) {
            since.getStyleClass().add("details-tie-uncertain");
        }
        VBox box = new VBox(2, sentence, since);
        if (row.source() != null) {
            Label source = new Label(row.source());
            source.getStyleClass().add("details-tie-source");
            source.setWrapText(true);
            box.getChildren().add(source);
        }
        box.setId("details-tie-" + index);
        box.getStyleClass().add("details-tie");
        box.getProperties().put(Tie.class, row.tie());
        Tooltip tip = new Tooltip(tooltipText(row));
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        Tooltip.install(box, tip);
        box.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                if (tieMenu != null) {
                    model.selectTie(row.tie());
                    tieMenu.apply(row.tie()).show(box, e.getScreenX(), e.getScreenY());
                }
            } else {
                model.goTo(row.tie());
            }
            e.consume();
        });
        return box;
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
