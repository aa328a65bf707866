package org.diplomap.ui.files;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.diplomap.ui.shell.ShellViewModel;

/**
 * Importing datasets into the open database and saving a copy of it: the file choosers, the import's progress with
 * Cancel, and the question a file with unmatched country names raises.
 */
public final class ImportActions {

    private final ShellViewModel shell;
    private final Supplier<Window> owner;

    public ImportActions(ShellViewModel shell, Supplier<Window> owner) {
        this.shell = shell;
        this.owner = owner;
        shell.unmatchedProperty().addListener((obs, old, pending) -> {
            if (pending != null) {
                askAboutUnmatched(pending);
            }
        });
    }

    /** While an import runs: its progress and a Cancel button (a cancelled import stores nothing). */
    public HBox progressControls() {
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(shell.importProgressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> shell.cancelImport());
        HBox controls = new HBox(6, bar, cancel);
        controls.setId("import-controls");
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.visibleProperty().bind(shell.importingProperty());
        controls.managedProperty().bind(controls.visibleProperty());
        return controls;
    }

    /** A file names countries that match no state: list them, and offer to import the rest without them. */
    private void askAboutUnmatched(ShellViewModel.UnmatchedNames pending) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.setTitle("Country names not matched");
        ask.setHeaderText(pending.names().size() + (pending.names().size() == 1 ? " country name" : " country names")
                + " in " + pending.file() + " match no state. Nothing was imported.");
        TextArea list = new TextArea(String.join("\n", pending.names()));
        list.setId("unmatched-names");
        list.setEditable(false);
        list.setPrefRowCount(Math.min(12, pending.names().size() + 1));
        ask.getDialogPane().setContent(new VBox(8, new Label("Import the rest of the file without the rows that name "
                + "them? (The line is the first on which each name appears.)"), list));
        ButtonType importRest = new ButtonType("Import the rest", ButtonBar.ButtonData.OK_DONE);
        ask.getButtonTypes().setAll(importRest, ButtonType.CANCEL);
        ask.getDialogPane().lookupButton(importRest).setId("unmatched-import-rest");
        if (owner.get() != null) {
            ask.initOwner(owner.get());
        }
        ask.setOnHidden(e -> {
            if (ask.getResult() == importRest) {
                shell.importSkippingUnmatched();
            } else {
                shell.dismissUnmatched();
            }
        });
        ask.show();
    }

    /** Asks for dataset files and imports them; {@code replace} empties the database first. */
    public void chooseAndImport(boolean replace) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(replace ? "Replace the database with datasets" : "Import datasets");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Datasets and CSV files (*.json, *.csv)", "*.json", "*.csv"),
                new FileChooser.ExtensionFilter("Diplomap datasets (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("CSV: ties, COW Diplomatic Exchange, Pardee Diplometrics (*.csv)",
                        "*.csv"));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files != null) {
            shell.importFiles(files.stream().map(File::toPath).toList(), replace);
        }
    }

    /** Asks where, and writes everything stored (saved views included) as a dataset file. */
    public void chooseAndSaveCopy() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a copy of the dataset, with its saved views");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Diplomap datasets (*.json)", "*.json"));
        chooser.setInitialFileName("diplomap-dataset.json");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            shell.saveCopy(file.toPath());
        }
    }
}
