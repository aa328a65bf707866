package org.diplomap.ui.edit;

import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.diplomap.ui.edit.FormModel.Field;

/**
 * A form in a dialog: a label and a field on each line, the problem of a field in red under it, and the confirm
 * button (named after the form, "Add tie") disabled while any field breaks a rule.
 */
public final class FormDialog extends Dialog<ButtonType> {

    private static final String PROBLEM_STYLE = "-fx-text-fill: #B00020; -fx-font-size: 0.92em;";

    public FormDialog(Window owner, FormModel model, String id) {
        setTitle(model.title());
        if (owner != null) {
            initOwner(owner);
        }
        getDialogPane().setId(id);
        getDialogPane().setHeaderText(null);
        getDialogPane().setGraphic(null);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(14, 18, 6, 18));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints inputs = new ColumnConstraints(340);
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);

        Control first = null;
        int row = 0;
        for (Field field : model.fields()) {
            Label label = new Label(field.label());
            Control input = field.hasChoices() ? choiceBox(model, field) : textField(model, field);
            input.setId("form-" + field.name());
            input.setMaxWidth(Double.MAX_VALUE);
            input.setDisable(model.isLocked(field.name()));
            label.setLabelFor(input);
            Label problem = new Label();
            problem.setId("form-" + field.name() + "-problem");
            problem.setStyle(PROBLEM_STYLE);
            problem.setWrapText(true);
            problem.setMaxWidth(340);
            // Without it a wrapping label keeps one line and cuts the message.
            problem.setMinHeight(Region.USE_PREF_SIZE);
            problem.textProperty().addListener((obs, old, text) -> fitWindow());
            problem.textProperty().bind(model.problem(field.name()));
            problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            VBox cell = new VBox(2, input, problem);
            grid.add(label, 0, row);
            grid.add(cell, 1, row);
            GridPane.setValignment(label, javafx.geometry.VPos.TOP);
            GridPane.setMargin(label, new Insets(4, 0, 0, 0));
            if (first == null && !model.isLocked(field.name())) {
                first = input;
            }
            row++;
        }
        getDialogPane().setContent(grid);

        ButtonType confirm = new ButtonType(model.title(), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(confirm, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(confirm);
        ok.setId("form-ok");
        ok.disableProperty().bind(model.validProperty().not());
        setResultConverter(button -> button == confirm ? ButtonType.OK : ButtonType.CANCEL);

        Node focus = first;
        setOnShown(e -> Platform.runLater(() -> {
            if (focus != null) {
                focus.requestFocus();
            }
        }));
    }

    /** The window grows and shrinks with the problems shown, so that none is cut off. */
    private void fitWindow() {
        Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    private static TextField textField(FormModel model, Field field) {
        TextField text = new TextField();
        text.setPromptText(field.prompt());
        text.textProperty().bindBidirectional(model.value(field.name()));
        return text;
    }

    private static ComboBox<String> choiceBox(FormModel model, Field field) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(field.choices().keySet());
        Map<String, String> labels = field.choices();
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : labels.getOrDefault(value, value);
            }

            @Override
            public String fromString(String text) {
                return labels.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey)
                        .findFirst().orElse(text);
            }
        });
        box.valueProperty().bindBidirectional(model.value(field.name()));
        return box;
    }
}
