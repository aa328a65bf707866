package org.diplomap.ui.search;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.diplomap.model.State;

/**
 * A field to find a state by name or code, with the suggestions in a list below it. The field keeps the
 * keyboard: Up and Down move the highlight, Enter chooses, Escape closes the list.
 */
public final class SearchView extends StackPane {

    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final SearchViewModel model;
    private final TextField field = new TextField();
    private final VBox list = new VBox();
    private final Popup popup = new Popup();

    public SearchView(SearchViewModel model) {
        this.model = model;
        getStyleClass().add("search-box");
        String css = SearchView.class.getResource("search.css").toExternalForm();
        getStylesheets().add(css);

        field.setId("search");
        field.getStyleClass().add("search-field");
        field.setPromptText("Search a state (name or code)");
        field.setPrefColumnCount(22);
        field.textProperty().bindBidirectional(model.textProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        getChildren().add(field);

        list.setId("search-suggestions");
        list.getStyleClass().add("search-suggestions");
        list.getStylesheets().add(css);
        popup.getContent().add(list);
        popup.setAutoHide(true);
        // Escape is the field's to handle, so that the list and the model forget the suggestions together.
        popup.setHideOnEscape(false);
        popup.setOnAutoHide(e -> model.dismiss());

        model.suggestions().addListener((ListChangeListener<State>) change -> showSuggestions());
        model.highlightedProperty().addListener((obs, old, at) -> markHighlighted());
        model.notFoundProperty().addListener((obs, old, message) -> showSuggestions());
    }

    /** Puts the cursor in the field with its text selected, for the "find" shortcut. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> model.moveHighlight(1);
            case UP -> model.moveHighlight(-1);
            case ENTER -> model.chooseHighlighted();
            case ESCAPE -> {
                if (list.getChildren().isEmpty()) {
                    return;
                }
                model.dismiss();
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void showSuggestions() {
        list.getChildren().clear();
        for (int i = 0; i < model.suggestions().size(); i++) {
            list.getChildren().add(suggestion(i, model.suggestions().get(i)));
        }
        markHighlighted();
        if (!model.notFoundProperty().get().isEmpty()) {
            Label notFound = new Label(model.notFoundProperty().get());
            notFound.setId("search-not-found");
            notFound.getStyleClass().add("search-not-found");
            list.getChildren().add(notFound);
        }
        if (list.getChildren().isEmpty()) {
            popup.hide();
        } else if (!popup.isShowing() && field.getScene() != null && field.getScene().getWindow() != null
                && field.getScene().getWindow().isShowing()) {
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            list.setPrefWidth(bounds.getWidth());
            popup.show(field, bounds.getMinX(), bounds.getMaxY() + 2);
        }
    }

    private HBox suggestion(int index, State state) {
        Label name = new Label(state.name());
        name.getStyleClass().add("search-suggestion-name");
        Label code = new Label(state.code());
        code.getStyleClass().add("search-suggestion-code");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, name, gap, code);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("search-suggestion-" + index);
        row.getStyleClass().add("search-suggestion");
        row.setOnMouseEntered(e -> model.highlight(index));
        row.setOnMouseClicked(e -> model.choose(state));
        return row;
    }

    private void markHighlighted() {
        int at = model.highlightedProperty().get();
        for (int i = 0; i < list.getChildren().size(); i++) {
            list.getChildren().get(i).pseudoClassStateChanged(HIGHLIGHTED, i == at);
        }
    }
}
