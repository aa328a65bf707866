package org.diplomap.ui.shell;

import static org.diplomap.ui.controls.MenuItems.item;

import java.awt.geom.Rectangle2D;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import org.diplomap.io.ProductInfo;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.diplomap.model.LayoutKind;
import org.diplomap.ui.AppContext;
import org.diplomap.ui.chart.TieChartView;
import org.diplomap.ui.controls.Shortcut;
import org.diplomap.ui.details.DetailsView;
import org.diplomap.ui.edit.EditActions;
import org.diplomap.ui.edit.EditMenu;
import org.diplomap.ui.edit.HistoryView;
import org.diplomap.ui.events.CaptionView;
import org.diplomap.ui.events.CaptionViewModel;
import org.diplomap.ui.events.EventListView;
import org.diplomap.ui.export.ExportWindow;
import org.diplomap.ui.files.FilesMenu;
import org.diplomap.ui.files.ImportActions;
import org.diplomap.ui.network.NetworkView;
import org.diplomap.ui.questions.ChangesView;
import org.diplomap.ui.questions.RankingView;
import org.diplomap.ui.search.SearchView;
import org.diplomap.ui.timeline.TimelineView;
import org.diplomap.ui.views.BriefingMenu;

/** The main window's content: menus, the network with its legend, the timeline bar and a status line. */
public final class MainView extends BorderPane {

    private final AppContext context;
    private final NetworkView networkView;
    private final TimelineView timelineView;
    private final MenuBar menuBar;
    private final FilesMenu filesMenu;
    private final HBox topBar;
    private final DetailsView detailsView;
    private final CaptionView captionView;
    private final TieChartView chartView;
    private final EventListView eventListView;
    private final HBox bottomPanel;
    private VBox sidePanel;
    private final ImportActions importActions;
    private final ExportWindow exportWindow;
    private final BriefingMenu briefingMenu;
    /** What the caption has covered of the graph since the window last changed size (see keepCaptionClear). */
    private Rectangle2D keptForCaption;
    private Consumer<Path> folderOpener = folder -> { };
    private Consumer<String> addressOpener = address -> { };
    private final SearchView searchView;
    private final EditActions editActions;
    private final EditMenu editMenu;
    private final TabPane sideTabs;
    private final HBox statusBar;
    private final javafx.beans.property.BooleanProperty presenting =
            new javafx.beans.property.SimpleBooleanProperty(this, "presenting", false);

    public MainView(AppContext context) {
        this.context = context;
        setId("main");
        networkView = new NetworkView(context.network());
        timelineView = new TimelineView(context.timeline());

        detailsView = new DetailsView(context.details());
        Supplier<Window> window = () -> getScene() == null ? null : getScene().getWindow();
        editActions = new EditActions(context.edit(), window,
                context.timeline()::getDate);
        editMenu = new EditMenu(context.edit(), editActions);
        detailsView.setContextMenus(editMenu::tieMenu, editMenu::stateMenu);
        Tab detailsTab = new Tab("Details", detailsView);
        detailsTab.setId("tab-details");
        Tab historyTab = new Tab("History", new HistoryView(context.edit()));
        historyTab.setId("tab-history");
        Tab changesTab = new Tab("Changes", new ChangesView(context.changes()));
        changesTab.setId("tab-changes");
        Tab rankingTab = new Tab("Ranking", new RankingView(context.ranking()));
        rankingTab.setId("tab-ranking");
        sideTabs = new TabPane(detailsTab, changesTab, rankingTab, historyTab);
        sideTabs.setId("side-tabs");
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        searchView = new SearchView(context.search());
        context.search().setOnChoose(code -> {
            context.network().select(code);
            networkView.centreOn(code);
        });
        networkView.markWhileSearching(context.search().suggestions());
        filesMenu = new FilesMenu(context.files(), window);
        filesMenu.acceptDrops(this);
        importActions = new ImportActions(context.shell(), window);
        exportWindow = new ExportWindow(context.network(), context.timeline(), context.shell().storeProperty()::get,
                window);
        briefingMenu = new BriefingMenu(context.savedViews(), context.timeline(), context.network(), networkView,
                window);
        menuBar = menuBar();
        statusBar = statusBar();
        HBox.setHgrow(menuBar, Priority.ALWAYS);
        HBox top = new HBox(menuBar, searchView);
        top.setId("top-bar");
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setStyle("-fx-background-color: -fx-background; -fx-padding: 0 8 0 0;");
        topBar = top;
        setTop(top);
        captionView = new CaptionView(context.caption());
        // The caption stands over the graph's top left corner instead of taking a band of its own; the network keeps
        // its states and names out from under it (see keepCaptionClear).
        StackPane centre = new StackPane(networkView, captionView);
        centre.setId("graph-area");
        StackPane.setAlignment(captionView, javafx.geometry.Pos.TOP_LEFT);
        StackPane.setMargin(captionView, new Insets(8, 12, 0, 12));
        captionView.maxWidthProperty().bind(centre.widthProperty().multiply(0.5));
        captionView.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        captionView.boundsInParentProperty().addListener((obs, old, bounds) -> keepCaptionClear());
        captionView.visibleProperty().addListener((obs, old, shown) -> keepCaptionClear());
        centre.widthProperty().addListener((obs, old, width) -> keptForCaption = null);
        centre.heightProperty().addListener((obs, old, height) -> keptForCaption = null);
        setCenter(centre);
        new PresentationOverlay(centre, context.savedViews().placeProperty(), presenting);
        VBox side = new VBox(10, networkView.legendPane(), sideTabs);
        side.setId("side-panel");
        side.setPadding(new Insets(10));
        side.setPrefWidth(340);
        sidePanel = side;
        side.setStyle("-fx-background-color: #FAFAFA; -fx-border-color: transparent transparent transparent #DDDDDD;");
        VBox.setVgrow(sideTabs, Priority.ALWAYS);
        // The changes and the ranking table need more room than the details: the panel widens while they show.
        sideTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) ->
                sidePanel.setPrefWidth(sidePanelWidth()));
        setRight(side);
        chartView = new TieChartView(context.chart());
        eventListView = new EventListView(context.events());
        eventListView.setPrefWidth(420);
        eventListView.setMinWidth(300);
        HBox.setHgrow(chartView, Priority.ALWAYS);
        HBox overTime = new HBox(10, chartView, eventListView);
        overTime.setId("bottom-panel");
        overTime.setPadding(new Insets(0, 10, 6, 6));
        // Fixed height, so that the graph keeps the space that is left.
        overTime.setPrefHeight(190);
        overTime.setMinHeight(190);
        overTime.setMaxHeight(190);
        bottomPanel = overTime;
        setBottom(new VBox(timelineView, overTime, statusBar));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::briefingKeys);
                scene.getAccelerators().put(EditMenu.REDO_ALSO, context.edit()::redo);
                // The graph, not the search field, has the focus at first: arrow keys step through events.
                javafx.application.Platform.runLater(networkView::requestFocus);
            }
        });

        context.shell().errorProperty().addListener((obs, old, message) -> {
            if (!message.isEmpty() && getScene() != null && getScene().getWindow() != null
                    && getScene().getWindow().isShowing() && !Boolean.getBoolean("diplomap.noDialogs")) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                alert.setHeaderText("Diplomap could not do that");
                alert.initOwner(getScene().getWindow());
                String details = context.shell().errorDetails();
                if (!details.isEmpty()) {
                    offerDetails(alert, details);
                }
                alert.show();
            }
        });
    }

    /**
     * Adds to an error's dialog what a person needs to report it: its details copied (message and stack trace), and
     * the folder of the log opened. Both leave the dialog open.
     */
    private void offerDetails(Alert alert, String details) {
        ButtonType copy = new ButtonType("Copy details");
        ButtonType open = new ButtonType("Open log folder");
        alert.getButtonTypes().setAll(copy, open, ButtonType.CLOSE);
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.setId("error-copy-details");
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        Button openButton = (Button) alert.getDialogPane().lookupButton(open);
        openButton.setId("error-open-log-folder");
        openButton.addEventFilter(ActionEvent.ACTION, e -> {
            folderOpener.accept(context.shell().logFolder());
            e.consume();
        });
    }

    /** How the window shows a folder to the user (the desktop's file manager); set by the application. */
    public void setFolderOpener(Consumer<Path> opener) {
        folderOpener = opener;
    }

    /** How the window opens a web address (the desktop's browser); set by the application. */
    public void setAddressOpener(Consumer<String> opener) {
        addressOpener = opener;
    }

    /**
     * Tells the network where the caption stands. The box kept clear only grows (until the window changes size):
     * states re-fitted each time a caption comes, goes or changes length would jump while a briefing plays.
     */
    private void keepCaptionClear() {
        if (!captionView.isVisible() || captionView.getWidth() <= 0) {
            return;
        }
        // The caption's box with its shadow, no more: its bounds in the parent also take in, while its type grows,
        // lines laid out wider than the caption before they wrap, and a box that only grows would keep them.
        double shadow = captionView.getEffect() instanceof javafx.scene.effect.DropShadow drop ? drop.getRadius() : 0;
        Rectangle2D box = new Rectangle2D.Double(captionView.getLayoutX() - shadow, captionView.getLayoutY() - shadow,
                captionView.getWidth() + 2 * shadow, captionView.getHeight() + 2 * shadow);
        Bounds drawn = captionView.getBoundsInParent();
        box = box.createIntersection(new Rectangle2D.Double(drawn.getMinX(), drawn.getMinY(), drawn.getWidth(),
                drawn.getHeight()));
        if (keptForCaption != null) {
            box = box.createUnion(keptForCaption);
        }
        if (!box.equals(keptForCaption)) {
            keptForCaption = box;
            networkView.keepClear(box);
        }
    }

    /** The Briefing menu, whose deck export a test gives a file instead of a file chooser. */
    public BriefingMenu briefingMenu() {
        return briefingMenu;
    }

    public NetworkView networkView() {
        return networkView;
    }

    /**
     * Keys that work wherever the focus is, except in a text field: arrows step from event to event, Space plays
     * and pauses, F11 toggles presentation mode, Escape leaves it.
     */
    private void briefingKeys(KeyEvent event) {
        boolean typing = event.getTarget() instanceof TextInputControl
                || (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl);
        // In the list of changes and the ranking table, Up and Down move from row to row, as a list's keys do.
        boolean inRows = getScene() != null && isWithin(getScene().getFocusOwner(), "changes-view", "ranking-view");
        switch (event.getCode()) {
            case F11 -> setPresenting(!presenting.get());
            case ESCAPE -> {
                if (presenting.get()) {
                    setPresenting(false);
                } else {
                    return;
                }
            }
            case RIGHT, DOWN -> {
                if (typing || event.isShortcutDown() || (inRows && event.getCode() == javafx.scene.input.KeyCode.DOWN)) {
                    return;
                }
                context.timeline().nextEvent();
            }
            case LEFT, UP -> {
                if (typing || event.isShortcutDown() || (inRows && event.getCode() == javafx.scene.input.KeyCode.UP)) {
                    return;
                }
                context.timeline().previousEvent();
            }
            case PAGE_DOWN -> context.savedViews().next();
            case PAGE_UP -> context.savedViews().previous();
            case SPACE -> {
                if (typing) {
                    return;
                }
                context.timeline().togglePlaying();
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** Whether a node lies within one of the nodes of these ids. */
    private static boolean isWithin(javafx.scene.Node node, String... ids) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (java.util.Arrays.asList(ids).contains(n.getId())) {
                return true;
            }
        }
        return false;
    }

    /** Presentation mode: full screen, larger type, menus and editing controls hidden. */
    public void setPresenting(boolean on) {
        presenting.set(on);
        topBar.setVisible(!on);
        topBar.setManaged(!on);
        for (javafx.scene.Node chrome : new javafx.scene.Node[] {sideTabs, bottomPanel}) {
            chrome.setVisible(!on);
            chrome.setManaged(!on);
        }
        context.caption().setScale(on ? CaptionViewModel.PRESENTATION_SCALE : 1);
        networkView.setTypeScale(on ? CaptionViewModel.PRESENTATION_SCALE : 1);
        // The caption changes size with the type: what it covers is measured anew.
        keptForCaption = null;
        statusBar.setVisible(!on);
        statusBar.setManaged(!on);
        timelineView.setPresenting(on);
        // Only what presentation mode shows gets the larger type: the menus, hidden meanwhile, would keep it.
        for (javafx.scene.Node shown : new javafx.scene.Node[] {timelineView, networkView.legendPane()}) {
            shown.setStyle(on ? "-fx-font-size: 20px;" : "");
        }
        sidePanel.setPrefWidth(sidePanelWidth());
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            // The window's own hint (PresentationOverlay) is shorter and smaller than the one full screen shows.
            stage.setFullScreenExitHint("");
            stage.setFullScreen(on);
        }
    }

    private double sidePanelWidth() {
        if (presenting.get()) {
            return 460;
        }
        Tab shown = sideTabs.getSelectionModel().getSelectedItem();
        boolean wide = shown != null && ("tab-changes".equals(shown.getId()) || "tab-ranking".equals(shown.getId()));
        return wide ? 440 : 340;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty presentingProperty() {
        return presenting;
    }

    private MenuBar menuBar() {
        MenuItem importItem = item("Import dataset\u2026", "menu-import", Shortcut.IMPORT.combination(), () -> importActions.chooseAndImport(false));
        MenuItem replaceItem = item("Replace with dataset\u2026", "menu-replace", null, () -> importActions.chooseAndImport(true));
        MenuItem quit = item("Quit", "menu-quit", Shortcut.QUIT.combination(),
                () -> getScene().getWindow().hide());
        MenuItem saveCopy = item("Save a copy as JSON\u2026", "menu-save-copy", Shortcut.SAVE_COPY.combination(), importActions::chooseAndSaveCopy);
        MenuItem export = item("Export\u2026", "menu-export", Shortcut.EXPORT.combination(), exportWindow::open);
        Menu file = new Menu("File");
        file.getItems().addAll(filesMenu.items());
        file.getItems().addAll(new SeparatorMenuItem(), importItem, replaceItem, saveCopy, new SeparatorMenuItem(),
                export, new SeparatorMenuItem(), quit);

        MenuItem previous = item("Previous event (Left)", "menu-previous", Shortcut.PREVIOUS_EVENT_ANYWHERE.combination(), context.timeline()::previousEvent);
        MenuItem next = item("Next event (Right)", "menu-next", Shortcut.NEXT_EVENT_ANYWHERE.combination(), context.timeline()::nextEvent);
        MenuItem play = item("Play / pause (Space)", "menu-play", Shortcut.PLAY_ANYWHERE.combination(), context.timeline()::togglePlaying);
        MenuItem goTo = item("Go to date\u2026", "menu-goto", Shortcut.GO_TO.combination(), timelineView::focusDateField);
        MenuItem compare = item("Compare with this date", "menu-compare", Shortcut.COMPARE.combination(), () -> context.network().compareDateProperty()
                        .set(context.timeline().getDate()));
        MenuItem stopCompare = item("Stop comparing", "menu-stop-compare", null,
                () -> context.network().compareDateProperty().set(null));
        MenuItem changes = item("Who changed sides\u2026", "menu-changes", Shortcut.CHANGES.combination(),
                () -> showSideTab("tab-changes"));
        Menu timeline = new Menu("Timeline", null, previous, next, play, goTo, new SeparatorMenuItem(), compare,
                stopCompare, changes);

        MenuItem zoomIn = item("Zoom in", "menu-zoom-in", Shortcut.ZOOM_IN.combination(), networkView::zoomIn);
        MenuItem zoomOut = item("Zoom out", "menu-zoom-out", Shortcut.ZOOM_OUT.combination(), networkView::zoomOut);
        MenuItem fit = item("Fit all", "menu-fit", Shortcut.FIT_ALL.combination(), networkView::fitAll);
        CheckMenuItem hideDormant = new CheckMenuItem("Hide states without ties");
        hideDormant.setId("menu-hide-dormant");
        hideDormant.setOnAction(e -> context.network().setHideStatesWithoutTies(hideDormant.isSelected()));
        context.network().optionsProperty().addListener((obs, old, o) -> hideDormant.setSelected(o.hideStatesWithoutTies()));
        MenuItem focus = item("Focus on the selected state", "menu-focus", Shortcut.FOCUS.combination(), () -> context.network()
                        .focus(context.network().selected()));
        MenuItem clearFocus = item("Clear focus", "menu-clear-focus", null, () -> context.network().focus(null));
        MenuItem find = item("Find a state\u2026", "menu-find", Shortcut.FIND.combination(), () -> searchView.focus());
        ToggleGroup layouts = new ToggleGroup();
        RadioMenuItem networkLayout = new RadioMenuItem("Network layout");
        networkLayout.setId("menu-layout-network");
        networkLayout.setAccelerator(Shortcut.NETWORK_LAYOUT.combination());
        networkLayout.setOnAction(e -> context.network().layoutKindProperty().set(LayoutKind.NETWORK));
        RadioMenuItem mapLayout = new RadioMenuItem("Geographic layout (map)");
        mapLayout.setId("menu-layout-map");
        mapLayout.setAccelerator(Shortcut.MAP_LAYOUT.combination());
        mapLayout.setOnAction(e -> context.network().layoutKindProperty().set(LayoutKind.GEOGRAPHIC));
        RadioMenuItem matrixLayout = new RadioMenuItem("Matrix layout");
        matrixLayout.setId("menu-layout-matrix");
        matrixLayout.setAccelerator(Shortcut.MATRIX_LAYOUT.combination());
        matrixLayout.setOnAction(e -> context.network().layoutKindProperty().set(LayoutKind.MATRIX));
        networkLayout.setToggleGroup(layouts);
        mapLayout.setToggleGroup(layouts);
        matrixLayout.setToggleGroup(layouts);
        networkLayout.setSelected(true);
        context.network().layoutKindProperty().addListener((obs, old, kind) -> (switch (kind) {
            case GEOGRAPHIC -> mapLayout;
            case MATRIX -> matrixLayout;
            case NETWORK -> networkLayout;
        }).setSelected(true));
        MenuItem present = item("Presentation mode (F11)", "menu-present", null, () -> setPresenting(!presenting.get()));
        MenuItem history = item("History of edits", "menu-history", Shortcut.HISTORY.combination(), () -> showSideTab("tab-history"));
        MenuItem ranking = item("Ranking of states", "menu-ranking", Shortcut.RANKING.combination(),
                () -> showSideTab("tab-ranking"));
        Menu view = new Menu("View", null, find, zoomIn, zoomOut, fit, new SeparatorMenuItem(), networkLayout,
                mapLayout, matrixLayout, new SeparatorMenuItem(), hideDormant, focus, clearFocus, new SeparatorMenuItem(), ranking, history,
                new SeparatorMenuItem(), present);

        MenuItem keys = item("Keyboard shortcuts", "menu-keys", Shortcut.HELP.combination(), this::showShortcuts);
        MenuItem about = item("About Diplomap", "menu-about", null,
                () -> AboutDialog.show(getScene().getWindow(), ProductInfo.ofThisBuild(), addressOpener));
        Menu help = new Menu("Help", null, keys, about);
        Menu edit = editMenu.menu(context.network()::selected, context.details().selectedTieProperty()::get,
                this::currentNarrativeEvent);
        return new MenuBar(file, edit, view, timeline, briefingMenu.menu(), help);
    }

    /** The narrative event that the event list shows as current; null when the current one is a tie's. */
    private org.diplomap.model.Event currentNarrativeEvent() {
        org.diplomap.timeline.TimelineEvent current = context.events().currentEventProperty().get();
        return current == null ? null : current.event();
    }

    /** Brings a tab of the side panel to the front. */
    public void showSideTab(String id) {
        sideTabs.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
                .ifPresent(tab -> sideTabs.getSelectionModel().select(tab));
    }

    /** F1: every shortcut of the window, from the one table of them, keys and meanings in two columns. */
    private void showShortcuts() {
        javafx.scene.layout.GridPane table = new javafx.scene.layout.GridPane();
        table.setId("shortcuts");
        table.setHgap(24);
        table.setVgap(3);
        Shortcut[] all = Shortcut.values();
        for (int row = 0; row < all.length; row++) {
            Label keys = new Label(all[row].keys());
            keys.setStyle("-fx-font-weight: bold;");
            table.addRow(row, keys, new Label(all[row].description()));
        }
        Label mouse = new Label("Mouse");
        mouse.setStyle("-fx-font-weight: bold;");
        table.addRow(all.length, mouse, new Label("wheel zooms, drag the background to pan; click a state "
                + "to select it, right-click to focus on it or edit it"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(table);
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
        Label deck = new Label();
        deck.setId("status-deck");
        deck.textProperty().bind(context.savedViews().deckStatusProperty());
        deck.setStyle("-fx-text-fill: #555;");
        Label edited = new Label();
        edited.setId("status-edit");
        edited.textProperty().bind(context.edit().statusProperty());
        edited.setStyle("-fx-text-fill: #555;");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(context.shell().busyProperty().and(context.shell().importingProperty().not())
                .or(context.edit().busyProperty()));
        progress.managedProperty().bind(progress.visibleProperty());
        HBox.setHgrow(hover, Priority.ALWAYS);
        hover.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(12, hover, error, edited, deck, FilesMenu.readOnlyBadge(context.shell().readOnlyProperty()),
                status, progress, importActions.progressControls());
        bar.setId("status-bar");
        bar.setPadding(new Insets(3, 12, 4, 12));
        bar.setStyle("-fx-background-color: #F2F2F2; -fx-border-color: #DDDDDD transparent transparent transparent;");
        bar.setMinHeight(24);
        return bar;
    }
}
