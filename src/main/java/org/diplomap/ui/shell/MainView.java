package org.diplomap.ui.shell;

import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.diplomap.ui.AppContext;
import org.diplomap.ui.network.NetworkView;
import org.diplomap.ui.timeline.TimelineView;

/** The main window's content: menus, the network with its legend, the timeline bar and a status line. */
public final class MainView extends BorderPane {

    private final AppContext context;
    private final NetworkView networkView;
    private final TimelineView timelineView;

    public MainView(AppContext context) {
        this.context = context;
        setId("main");
        networkView = new NetworkView(context.network());
        timelineView = new TimelineView(context.timeline());

        setTop(menuBar());
        setCenter(networkView);
        setBottom(new VBox(timelineView, statusBar()));

        context.shell().errorProperty().addListener((obs, old, message) -> {
            if (!message.isEmpty() && getScene() != null && getScene().getWindow() != null
                    && getScene().getWindow().isShowing() && !Boolean.getBoolean("diplomap.noDialogs")) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                alert.setHeaderText("Diplomap could not do that");
                alert.initOwner(getScene().getWindow());
                alert.show();
            }
        });
    }

    public NetworkView networkView() {
        return networkView;
    }

    private MenuBar menuBar() {
        MenuItem importItem = item("Import dataset\u2026", "menu-import", new KeyCodeCombination(KeyCode.I,
                KeyCombination.SHORTCUT_DOWN), () -> chooseAndImport(false));
        MenuItem replaceItem = item("Replace with dataset\u2026", "menu-replace", null, () -> chooseAndImport(true));
        MenuItem quit = item("Quit", "menu-quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                () -> getScene().getWindow().hide());
        Menu file = new Menu("File", null, importItem, replaceItem, new SeparatorMenuItem(), quit);

        MenuItem previous = item("Previous event", "menu-previous", new KeyCodeCombination(KeyCode.LEFT,
                KeyCombination.SHORTCUT_DOWN), context.timeline()::previousEvent);
        MenuItem next = item("Next event", "menu-next", new KeyCodeCombination(KeyCode.RIGHT,
                KeyCombination.SHORTCUT_DOWN), context.timeline()::nextEvent);
        MenuItem goTo = item("Go to date\u2026", "menu-goto", new KeyCodeCombination(KeyCode.G,
                KeyCombination.SHORTCUT_DOWN), timelineView::focusDateField);
        Menu timeline = new Menu("Timeline", null, previous, next, goTo);

        MenuItem keys = item("Keyboard shortcuts", "menu-keys", new KeyCodeCombination(KeyCode.F1), () -> info(
                "Keyboard shortcuts", """
                        Ctrl+Right   next event
                        Ctrl+Left    previous event
                        Ctrl+G       type a date
                        Left/Right   move the slider (when it has the focus)
                        Ctrl+I       import a dataset
                        Ctrl+Q       quit"""));
        MenuItem about = item("About Diplomap", "menu-about", null, () -> info("About Diplomap",
                "Diplomap shows diplomatic ties between states as a network changing over time.\n"
                        + "Hover over a state or a tie to read its dates and source."));
        Menu help = new Menu("Help", null, keys, about);
        return new MenuBar(file, timeline, help);
    }

    private static MenuItem item(String text, String id, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void chooseAndImport(boolean replace) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(replace ? "Replace the database with datasets" : "Import datasets");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Diplomap datasets (*.json)", "*.json"));
        List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (files != null) {
            context.shell().importFiles(files.stream().map(File::toPath).toList(), replace);
        }
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(getScene().getWindow());
        alert.show();
    }

    private HBox statusBar() {
        Label hover = new Label();
        hover.setId("status-hover");
        hover.textProperty().bind(context.network().hoverProperty());
        Label status = new Label();
        status.setId("status-message");
        status.textProperty().bind(context.shell().statusProperty());
        status.setStyle("-fx-text-fill: #555;");
        Label error = new Label();
        error.setId("status-error");
        error.textProperty().bind(context.shell().errorProperty());
        error.setStyle("-fx-text-fill: #B00020;");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(context.shell().busyProperty());
        HBox.setHgrow(hover, Priority.ALWAYS);
        hover.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(12, hover, error, status, progress);
        bar.setId("status-bar");
        bar.setPadding(new Insets(3, 12, 4, 12));
        bar.setStyle("-fx-background-color: #F2F2F2; -fx-border-color: #DDDDDD transparent transparent transparent;");
        bar.setMinHeight(24);
        return bar;
    }
}
