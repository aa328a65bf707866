package org.diplomap.ui.files;

import static org.diplomap.ui.controls.MenuItems.item;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import org.diplomap.ui.controls.Shortcut;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.diplomap.store.BundledCase;

/**
 * The File menu's items for what is open (New, Open, Open Recent, Open bundled case), the questions they may
 * ask (a database in use, waiting for it), dropping a file on the window, and the read-only badge.
 */
public final class FilesMenu {

    static final ButtonType READ_ONLY = new ButtonType("Open a read-only copy", ButtonBar.ButtonData.YES);
    static final ButtonType WAIT = new ButtonType("Wait until it is free", ButtonBar.ButtonData.NO);

    private final FilesViewModel model;
    private final Supplier<Window> owner;
    private final Menu recentMenu = new Menu("Open Recent");
    private Alert waitingDialog;

    public FilesMenu(FilesViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        recentMenu.setId("menu-recent");
        // Whether each file is still there is checked as the File menu opens; not as the submenu opens, which
        // would replace the items being shown.
        recentMenu.parentMenuProperty().addListener((obs, old, parent) -> {
            if (parent != null) {
                parent.addEventHandler(Menu.ON_SHOWING, e -> rebuildRecent());
            }
        });
        model.recentChangedProperty().addListener((obs, old, now) -> rebuildRecent());
        rebuildRecent();
        model.lockedProperty().addListener((obs, old, database) -> {
            if (database != null) {
                askAboutLocked(database);
            }
        });
        model.waitingForProperty().addListener((obs, old, database) -> {
            if (database != null) {
                showWaiting(database);
            } else if (waitingDialog != null) {
                Alert shown = waitingDialog;
                waitingDialog = null;
                shown.close();
            }
        });
    }

    /** New…, Open…, Open Recent and Open bundled case, for the top of the File menu. */
    public List<MenuItem> items() {
        MenuItem create = item("New\u2026", "menu-new", Shortcut.NEW.combination(),
                this::chooseNew);
        MenuItem open = item("Open\u2026", "menu-open", Shortcut.OPEN.combination(),
                this::chooseOpen);
        Menu cases = new Menu("Open bundled case");
        cases.setId("menu-cases");
        for (BundledCase bundled : model.bundledCases()) {
            cases.getItems().add(item(bundled.title(), "menu-case-" + bundled.id(), null, () -> model.openCase(bundled)));
        }
        return List.of(create, open, recentMenu, cases);
    }

    /** A label that says, while it is so, that what is open is a read-only copy. */
    public static Node readOnlyBadge(javafx.beans.value.ObservableBooleanValue readOnly) {
        Label badge = new Label("Read-only copy");
        badge.setId("status-read-only");
        badge.setStyle("-fx-background-color: #FFF3CD; -fx-text-fill: #7A5A00; -fx-padding: 0 6 0 6; "
                + "-fx-background-radius: 3;");
        badge.visibleProperty().bind(readOnly);
        badge.managedProperty().bind(readOnly);
        return badge;
    }

    /** Lets a file dropped anywhere on {@code target} open as File > Open would. */
    public void acceptDrops(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            if (event.getDragboard().hasFiles()) {
                List<Path> files = event.getDragboard().getFiles().stream().map(File::toPath).toList();
                event.setDropCompleted(true);
                event.consume();
                model.drop(files);
            }
        });
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        List<FilesViewModel.RecentFile> files = model.recentFiles();
        for (int i = 0; i < files.size(); i++) {
            FilesViewModel.RecentFile recent = files.get(i);
            MenuItem item = item((i + 1) + "  " + recent.path() + (recent.present() ? "" : "  (missing)"),
                    "menu-recent-" + i, null, () -> model.open(recent.path()));
            // Underscores in paths are not mnemonics.
            item.setMnemonicParsing(false);
            item.setDisable(!recent.present());
            recentMenu.getItems().add(item);
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setId("menu-recent-none");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
        MenuItem clear = item("Clear the list", "menu-recent-clear", null, model::clearRecent);
        clear.setDisable(files.isEmpty());
        recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private void chooseNew() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("New database");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Diplomap databases (*.mv.db)", "*.mv.db"));
        chooser.setInitialFileName("new-dataset.mv.db");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            model.newDatabase(file.toPath());
        }
    }

    private void chooseOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a database or a dataset file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Diplomap databases and datasets (*.mv.db, *.json)", "*.mv.db", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            model.open(file.toPath());
        }
    }

    /** A database in use by another program: read a copy of it, wait for it, or leave it. */
    private void askAboutLocked(Path database) {
        if (Boolean.getBoolean("diplomap.noDialogs")) {
            model.refuseLocked();
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", READ_ONLY, WAIT, ButtonType.CANCEL);
        ask.setTitle("Database in use");
        ask.setHeaderText(database.getFileName() + ".mv.db is open in another program");
        Label text = new Label("Another program (another Diplomap window, or a command) has\n" + database
                + ".mv.db\nopen. You can read a copy of it taken now (changes cannot be saved),\nor wait until the "
                + "other program closes it.");
        text.setId("locked-message");
        ask.getDialogPane().setContent(text);
        ask.getDialogPane().setId("locked-dialog");
        ask.getDialogPane().lookupButton(READ_ONLY).setId("locked-read-only");
        ask.getDialogPane().lookupButton(WAIT).setId("locked-wait");
        ask.getDialogPane().lookupButton(ButtonType.CANCEL).setId("locked-cancel");
        if (owner.get() != null) {
            ask.initOwner(owner.get());
        }
        ask.setOnHidden(e -> {
            ButtonType answer = ask.getResult();
            if (answer == READ_ONLY) {
                model.openReadOnlyCopy();
            } else if (answer == WAIT) {
                model.waitUntilFree();
            } else {
                model.dismissLocked();
            }
        });
        ask.show();
    }

    private void showWaiting(Path database) {
        Alert waiting = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CANCEL);
        waiting.setTitle("Waiting for the database");
        waiting.setHeaderText("Waiting until " + database.getFileName() + ".mv.db is free\u2026");
        waiting.setContentText("It opens as soon as the other program closes it. What is open stays open meanwhile.");
        waiting.getDialogPane().setId("waiting-dialog");
        waiting.getDialogPane().lookupButton(ButtonType.CANCEL).setId("waiting-cancel");
        if (owner.get() != null) {
            waiting.initOwner(owner.get());
        }
        waiting.setOnHidden(e -> {
            if (waitingDialog == waiting) {
                waitingDialog = null;
                model.cancelWaiting();
            }
        });
        waitingDialog = waiting;
        waiting.show();
    }
}
