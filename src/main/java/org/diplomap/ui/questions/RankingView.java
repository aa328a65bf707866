package org.diplomap.ui.questions;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.diplomap.model.TieType;
import org.diplomap.timeline.Ranking;

/**
 * The states by ties received at the date shown, in a table sorted by any column (a click on its header), with the
 * change since the compare date when the window compares. A click or Enter on a row selects its state.
 */
public final class RankingView extends VBox {

    private final RankingViewModel model;
    private final TableView<Ranking.Row> table = new TableView<>();

    public RankingView(RankingViewModel model) {
        this.model = model;
        setId("ranking-view");
        setSpacing(6);
        setPadding(new Insets(8, 0, 0, 0));

        ChoiceBox<TieType> type = new ChoiceBox<>();
        type.setId("ranking-type");
        type.getItems().add(null);
        type.getItems().addAll(TieType.values());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(TieType shown) {
                return shown == null ? "Every type" : shown.label();
            }

            @Override
            public TieType fromString(String text) {
                return null;
            }
        });
        type.valueProperty().bindBidirectional(model.typeProperty());
        HBox typeRow = new HBox(6, new Label("Ties counted:"), type);
        typeRow.setAlignment(Pos.CENTER_LEFT);

        Label heading = new Label();
        heading.setId("ranking-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty().bind(model.headingProperty());

        table.setId("ranking-table");
        TableColumn<Ranking.Row, Integer> place = column("#", "ranking-rank", Ranking.Row::position, false);
        TableColumn<Ranking.Row, String> state = new TableColumn<>("State");
        state.setId("ranking-state");
        state.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().state().name()));
        state.setPrefWidth(150);
        TableColumn<Ranking.Row, Integer> received = column("Received", "ranking-received", Ranking.Row::received,
                false);
        TableColumn<Ranking.Row, Integer> receivedChange = column("\u00b1", "ranking-received-change",
                Ranking.Row::receivedChange, true);
        TableColumn<Ranking.Row, Integer> extended = column("Extended", "ranking-extended", Ranking.Row::extended,
                false);
        TableColumn<Ranking.Row, Integer> extendedChange = column("\u00b1", "ranking-extended-change",
                Ranking.Row::extendedChange, true);
        receivedChange.visibleProperty().bind(model.comparedProperty());
        extendedChange.visibleProperty().bind(model.comparedProperty());
        table.getColumns().setAll(java.util.List.of(place, state, received, receivedChange, extended,
                extendedChange));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<Ranking.Row> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No state"));
        table.setRowFactory(view -> {
            TableRow<Ranking.Row> row = new TableRow<>();
            row.setOnMouseClicked(click -> {
                if (click.getButton() == MouseButton.PRIMARY && !row.isEmpty()) {
                    model.choose(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) {
                model.choose(table.getSelectionModel().getSelectedItem());
                key.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(typeRow, heading, table);
    }

    /** A column of numbers, right-aligned; a change is written with its sign. */
    private static TableColumn<Ranking.Row, Integer> column(String title, String id,
                                                            Function<Ranking.Row, Integer> value, boolean signed) {
        TableColumn<Ranking.Row, Integer> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer number, boolean empty) {
                super.updateItem(number, empty);
                setText(empty || number == null ? null : signed && number > 0 ? "+" + number
                        : signed && number < 0 ? "\u2212" + -number : number.toString());
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        // Numbers keep their width: the state's name gives way first.
        column.setMinWidth(signed ? 44 : title.length() <= 2 ? 36 : 74);
        column.setPrefWidth(column.getMinWidth());
        column.setMaxWidth(column.getMinWidth() + 8);
        return column;
    }
}
