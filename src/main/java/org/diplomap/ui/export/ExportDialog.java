package org.diplomap.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.diplomap.render.Animation;
import org.diplomap.render.export.ExportFormat;
import org.diplomap.render.export.ExportFormats;

/**
 * The export window: the preview on the left, the options on the right, and while an export runs a progress
 * bar and a Cancel button. All the work is done by {@link ExportViewModel} on its runner, so the window stays
 * responsive during a long animation.
 */
public final class ExportDialog extends Stage {

    private final ExportViewModel model;
    private Function<ExportViewModel, Path> destination = this::askForDestination;

    public ExportDialog(Window owner, ExportViewModel model) {
        this.model = model;
        setTitle("Export");
        if (owner != null) {
            initOwner(owner);
            initModality(Modality.WINDOW_MODAL);
        }

        ImageView preview = new ImageView();
        preview.setId("export-preview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(ExportViewModel.PREVIEW_WIDTH);
        preview.imageProperty().bind(Bindings.createObjectBinding(
                () -> model.previewProperty().get() == null ? null
                        : SwingFXUtils.toFXImage(model.previewProperty().get(), null),
                model.previewProperty()));

        ChoiceBox<String> format = new ChoiceBox<>();
        format.setId("export-format");
        format.getItems().setAll(model.formatNames());
        format.valueProperty().bindBidirectional(model.formatProperty());

        Spinner<Integer> width = sizeSpinner("export-width");
        width.getValueFactory().valueProperty().bindBidirectional(model.widthProperty());
        Spinner<Integer> height = sizeSpinner("export-height");
        height.getValueFactory().valueProperty().bindBidirectional(model.heightProperty());

        DatePicker date = datePicker("export-date");
        date.valueProperty().bindBidirectional(model.dateProperty());
        DatePicker from = datePicker("export-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("export-to");
        to.valueProperty().bindBidirectional(model.toProperty());

        ChoiceBox<Animation.Step> step = new ChoiceBox<>();
        step.setId("export-step");
        step.getItems().setAll(Animation.Step.values());
        step.setConverter(new StringConverter<>() {
            @Override
            public String toString(Animation.Step value) {
                if (value == null) {
                    return "";
                }
                return switch (value) {
                    case EVENT -> "Each event";
                    case MONTH -> "Each month";
                    case YEAR -> "Each year";
                };
            }

            @Override
            public Animation.Step fromString(String text) {
                return Animation.Step.parse(text);
            }
        });
        step.valueProperty().bindBidirectional(model.stepProperty());

        Spinner<Integer> frameMillis = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                20, 10_000, model.frameMillisProperty().get(), 50));
        frameMillis.setId("export-frame-millis");
        frameMillis.setEditable(true);
        frameMillis.getValueFactory().valueProperty().bindBidirectional(model.frameMillisProperty());

        GridPane options = new GridPane();
        options.setHgap(8);
        options.setVgap(8);
        options.addRow(0, new Label("Format"), format);
        Label widthLabel = new Label("Width");
        Label heightLabel = new Label("Height");
        options.addRow(1, widthLabel, width);
        options.addRow(2, heightLabel, height);
        Label dateLabel = new Label("Date");
        options.addRow(3, dateLabel, date);
        Label fromLabel = new Label("From");
        Label toLabel = new Label("To");
        Label stepLabel = new Label("A frame for");
        Label frameLabel = new Label("Frame (ms)");
        options.addRow(4, fromLabel, from);
        options.addRow(5, toLabel, to);
        options.addRow(6, stepLabel, step);
        options.addRow(7, frameLabel, frameMillis);
        var animated = Bindings.createBooleanBinding(model::animated, model.formatProperty());
        for (Node node : new Node[] {fromLabel, from, toLabel, to, stepLabel, step, frameLabel,
                frameMillis}) {
            node.visibleProperty().bind(animated);
            node.managedProperty().bind(animated);
        }
        var sized = Bindings.createBooleanBinding(model::sized, model.formatProperty());
        for (Node node : new Node[] {widthLabel, width, heightLabel, height}) {
            node.visibleProperty().bind(sized);
            node.managedProperty().bind(sized);
        }
        // The whole dataset holds every date: it takes none.
        var dated = Bindings.createBooleanBinding(() -> model.needs() == ExportFormat.Needs.DATE,
                model.formatProperty());
        for (Node node : new Node[] {dateLabel, date}) {
            node.visibleProperty().bind(dated);
            node.managedProperty().bind(dated);
        }
        options.disableProperty().bind(model.exportingProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.exportingProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);

        Button cancel = new Button("Cancel");
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.exportingProperty());
        cancel.managedProperty().bind(model.exportingProperty());

        Button export = new Button("Export\u2026");
        export.setId("export-run");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.exportingProperty().or(model.availableProperty().not()));
        export.setOnAction(e -> {
            Path out = destination.apply(model);
            if (out != null) {
                model.export(out);
            }
        });

        Button close = new Button("Close");
        close.setId("export-close");
        close.setCancelButton(true);
        close.disableProperty().bind(model.exportingProperty());
        close.setOnAction(e -> close());

        Label message = new Label();
        message.setId("export-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMaxWidth(260);

        VBox right = new VBox(12, options, message);
        HBox bottom = new HBox(8, progress, cancel, export, close);
        bottom.setPadding(new Insets(12, 0, 0, 0));

        BorderPane root = new BorderPane();
        root.setPadding(new Insets(12));
        root.setLeft(preview);
        BorderPane.setMargin(preview, new Insets(0, 12, 0, 0));
        root.setCenter(right);
        root.setBottom(bottom);
        setScene(new Scene(root));
        // Closing while exporting would leave the export running unseen; it is cancelled instead.
        setOnCloseRequest(e -> model.cancel());
        // The options and the preview change size with the format; the window follows instead of clipping them.
        preview.imageProperty().addListener((obs, old, now) -> Platform.runLater(this::sizeToScene));
        model.formatProperty().addListener((obs, old, now) -> Platform.runLater(this::sizeToScene));
        model.refreshPreview();
    }

    /** Replaces the file chooser, which a test cannot drive. */
    public void setDestinationChooser(Function<ExportViewModel, Path> chooser) {
        this.destination = chooser;
    }

    private Spinner<Integer> sizeSpinner(String id) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                16, 8_000, 800, 50));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        return spinner;
    }

    private static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        // Dates as the rest of Diplomap writes them (2025-08-01), not in the style of the machine's locale.
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        picker.setPromptText("YYYY-MM-DD");
        picker.setPrefWidth(150);
        return picker;
    }

    private Path askForDestination(ExportViewModel model) {
        Window owner = this;
        File initial = model.startFolder().toFile();
        if (ExportFormats.PNG_SEQUENCE.equals(model.formatProperty().get())) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the PNG frames");
            chooser.setInitialDirectory(initial);
            File chosen = chooser.showDialog(owner);
            return chosen == null ? null : chosen.toPath();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + model.formatProperty().get().toUpperCase(Locale.ROOT));
        chooser.setInitialDirectory(initial);
        chooser.setInitialFileName(model.suggestedFileName());
        File chosen = chooser.showSaveDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }
}
