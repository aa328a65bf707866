package org.diplomap.ui.network;

import java.awt.geom.Rectangle2D;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import javafx.util.StringConverter;
import org.diplomap.graph.Layout;
import org.diplomap.graph.NetworkGraph;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.Confidence;
import org.diplomap.model.DateFormatException;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.render.Camera;
import org.diplomap.render.Composition;
import org.diplomap.render.MatrixGrid;
import org.diplomap.render.ScreenPicture;
import org.diplomap.render.Viewport;

/**
 * The network as a picture with its legend. The picture is drawn by the same renderer as the exports (see
 * {@link NetworkViewModel}), on the worker, for this view's size and camera; until the picture for a new zoom, pan
 * or size arrives, the one shown is moved and scaled to match, so dragging and zooming follow the mouse at once.
 * Pointing, clicking and the context menu ask the picture's {@link Composition} what is under the mouse.
 *
 * <p>The view also keeps the network shown in a GraphStream graph ({@link NetworkGraph}), the model of which
 * states and ties are shown and what each is (active, dimmed, gained...), that the window's tests and tools read.
 */
public final class NetworkView extends StackPane {

    private static final double ZOOM_STEP = 1.15;
    private static final double MIN_ZOOM = 0.05;
    private static final double MAX_ZOOM = 3;

    private final NetworkViewModel model;
    private final NetworkGraph networkGraph = new NetworkGraph();
    private final Pane graphPane;
    private final ImageView pictureView = new ImageView();
    private final Tooltip tooltip = new Tooltip();
    /** A window moved to a screen of another pixel density wants a picture of that density. */
    private final InvalidationListener densityChanged = o -> sizeChanged();
    private final VBox legend;
    private static final System.Logger LOG = System.getLogger(NetworkView.class.getName());
    private long framesShown;
    private ScreenPicture picture;
    /** How much larger than usual dots, lines and names are drawn (presentation mode); 1 as a rule. */
    private double typeScale = 1;
    private double dragX;
    private double dragY;
    private boolean dragging;
    private boolean dragged;

    public NetworkView(NetworkViewModel model) {
        this.model = model;
        setId("network");
        pictureView.setId("network-picture");
        pictureView.setManaged(false);
        pictureView.setMouseTransparent(true);
        graphPane = new Pane(pictureView);
        graphPane.setId("network-graph");
        graphPane.setFocusTraversable(true);
        graphPane.setStyle("-fx-background-color: white;");
        // The graph takes the room it is given, no more: without these it keeps the size it once had and
        // spills under the timeline when the window shrinks.
        graphPane.setMinSize(0, 0);
        setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(graphPane.widthProperty());
        clip.heightProperty().bind(graphPane.heightProperty());
        graphPane.setClip(clip);
        graphPane.widthProperty().addListener((obs, old, w) -> sizeChanged());
        graphPane.heightProperty().addListener((obs, old, h) -> sizeChanged());
        graphPane.sceneProperty().addListener((obs, old, scene) -> {
            sizeChanged();
            if (scene != null) {
                scene.windowProperty().addListener((o, was, window) -> {
                    sizeChanged();
                    // Taken off the window left, which would otherwise keep this view, and all it shows, alive.
                    if (was != null) {
                        was.outputScaleXProperty().removeListener(densityChanged);
                    }
                    if (window != null) {
                        window.outputScaleXProperty().addListener(densityChanged);
                    }
                });
            }
        });
        graphPane.setOnMouseMoved(this::hover);
        graphPane.setOnMouseExited(e -> {
            model.hoverNothing();
            graphPane.setCursor(Cursor.DEFAULT);
        });
        graphPane.setOnScroll(this::zoom);
        graphPane.setOnMousePressed(this::pressed);
        graphPane.setOnMouseDragged(this::dragged);
        graphPane.setOnMouseReleased(e -> {
            dragging = false;
            graphPane.setCursor(Cursor.DEFAULT);
        });
        graphPane.setOnMouseClicked(this::clicked);
        graphPane.setOnContextMenuRequested(this::contextMenu);
        // The tooltip follows the pointer from state to tie; it is shown by hand, as one installed on the pane
        // would stay where it first appeared.
        tooltip.textProperty().bind(model.hoverProperty());
        // Sources can be long: wrapped, the tooltip stays beside the pointer instead of spanning the screen.
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        model.hoverProperty().addListener((obs, old, text) -> {
            if (text.isEmpty()) {
                tooltip.hide();
            }
        });

        legend = legend();
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label loadingText = new Label();
        loadingText.textProperty().bind(model.loadingProperty());
        VBox loading = new VBox(10, spinner, loadingText);
        loading.setId("network-loading");
        loading.setAlignment(Pos.CENTER);
        loading.setMouseTransparent(true);
        loading.visibleProperty().bind(model.loadingProperty().isNotEmpty());
        getChildren().addAll(graphPane, loading);

        model.networkProperty().addListener((obs, old, network) -> {
            if (network != null) {
                networkGraph.reset(network.index().states(), network.layout(model.layoutKindProperty().get()),
                        network.dense());
                networkGraph.setOptions(model.optionsProperty().get());
                // After an edit that moved no state, the view stays where the user put it.
                LayoutKind kind = model.layoutKindProperty().get();
                if (old == null || !old.layout(kind).equals(network.layout(kind))) {
                    fitAll();
                }
            }
        });
        model.layoutKindProperty().addListener((obs, old, kind) -> {
            NetworkViewModel.Network network = model.networkProperty().get();
            if (network != null) {
                networkGraph.move(network.layout(kind));
            }
        });
        model.frameProperty().addListener((obs, old, frame) -> {
            if (frame == null) {
                return;
            }
            long start = System.nanoTime();
            if (frame.diff() == null || !networkGraph.apply(frame.diff())) {
                networkGraph.show(frame.snapshot());
            }
            if (frame.comparison() != null || (old != null && old.comparison() != null)) {
                networkGraph.setComparison(frame.comparison());
            }
            framesShown++;
            LOG.log(System.Logger.Level.DEBUG, () -> String.format("frame %d: network at %s, graph changed in %.1f ms",
                    framesShown, frame.snapshot().date(), (System.nanoTime() - start) / 1e6));
        });
        model.pictureProperty().addListener((obs, old, shown) -> show(shown));
        model.cameraProperty().addListener((obs, old, camera) -> placePicture());
        model.optionsProperty().addListener((obs, old, options) -> networkGraph.setOptions(options));
    }

    /** Tells the view model the size to draw for, whenever the pane or the screen's scale changes. */
    private void sizeChanged() {
        double outputScale = getScene() != null && getScene().getWindow() != null
                ? getScene().getWindow().getOutputScaleX() : 1;
        // A larger type is a smaller picture shown larger: the same network, with everything in it grown alike.
        model.setSize((int) Math.floor(graphPane.getWidth() / typeScale),
                (int) Math.floor(graphPane.getHeight() / typeScale), outputScale * typeScale);
        placePicture();
    }

    /** Keeps states and names out from under a part of the view (in the view's coordinates) covered by the window. */
    public void keepClear(Rectangle2D box) {
        model.setKeepClear(List.of(new Rectangle2D.Double(box.getX() / typeScale,
                box.getY() / typeScale, box.getWidth() / typeScale, box.getHeight() / typeScale)));
    }

    /** Draws dots, lines and names {@code scale} times their usual size, for an audience; 1 for the usual. */
    public void setTypeScale(double scale) {
        if (scale != typeScale) {
            typeScale = scale;
            sizeChanged();
        }
    }

    private void show(ScreenPicture shown) {
        picture = shown;
        if (shown == null) {
            pictureView.setImage(null);
            return;
        }
        // The image reads the picture's pixels where they are, without a copy.
        PixelBuffer<IntBuffer> pixels = new PixelBuffer<>(shown.pixelWidth(), shown.pixelHeight(),
                IntBuffer.wrap(shown.pixels()), PixelFormat.getIntArgbPreInstance());
        pictureView.setImage(new WritableImage(pixels));
        pictureView.setFitWidth(shown.composition().width() * typeScale);
        pictureView.setFitHeight(shown.composition().height() * typeScale);
        placePicture();
    }

    /**
     * Moves and scales the picture shown from the camera and size it was drawn for to the current ones, so that
     * states stay under the mouse while the next picture is drawn.
     */
    private void placePicture() {
        if (picture == null) {
            return;
        }
        Viewport drawn = picture.composition().viewport();
        Viewport now = currentViewport();
        // The image view is already scaled by the type scale; the transform maps its unscaled pixels.
        double mx = now.scaleX() / drawn.scaleX();
        double my = now.scaleY() / drawn.scaleY();
        pictureView.getTransforms().setAll(new Affine(mx, 0, (now.offsetX() - mx * drawn.offsetX()) * typeScale,
                0, my, (now.offsetY() - my * drawn.offsetY()) * typeScale));
    }

    /** Where the layout falls on the pane now: the current camera, through the picture's fit for the pane's size. */
    private Viewport currentViewport() {
        Composition composition = picture.composition();
        int width = (int) Math.floor(graphPane.getWidth() / typeScale);
        int height = (int) Math.floor(graphPane.getHeight() / typeScale);
        if (width != composition.width() || height != composition.height() || width <= 0 || height <= 0) {
            // A new size has a new fit; until its picture arrives, keep the old picture's scale about the middle.
            Viewport v = composition.viewportOf(model.cameraProperty().get());
            return new Viewport(Math.max(1, width), Math.max(1, height), v.scaleX(), v.scaleY(),
                    v.offsetX() + (width - composition.width()) / 2.0,
                    v.offsetY() + (height - composition.height()) / 2.0);
        }
        return composition.viewportOf(model.cameraProperty().get());
    }

    /** A point of the pane as a point of the picture shown, in the picture's own (unscaled) pixels. */
    private Point2D inPicture(double x, double y) {
        try {
            Point2D local = pictureView.getLocalToParentTransform().inverseTransform(x, y);
            return new Point2D(local.getX() / typeScale, local.getY() / typeScale);
        } catch (javafx.scene.transform.NonInvertibleTransformException e) {
            return new Point2D(x / typeScale, y / typeScale);
        }
    }

    /** The number of networks shown since the view was made: one per date drawn. */
    public long framesShown() {
        return framesShown;
    }

    /** The picture shown, or null before the first. */
    public ScreenPicture picture() {
        return picture;
    }

    /** The graph shown, for reading what is drawn. */
    public NetworkGraph networkGraph() {
        return networkGraph;
    }

    /** The legend with its filters; the window places it beside the graph so that it never hides a state. */
    public VBox legendPane() {
        return legend;
    }

    /** Where a state is drawn, in screen coordinates. */
    public Optional<Point2D> screenPositionOf(String code) {
        if (picture == null) {
            return Optional.empty();
        }
        return networkGraph.positionOf(code).map(position -> {
            Viewport now = currentViewport();
            return graphPane.localToScreen(now.pixelX(position.x()) * typeScale, now.pixelY(position.y()) * typeScale);
        });
    }

    public void zoomIn() {
        zoomAbout(1 / ZOOM_STEP, graphPane.getWidth() / 2, graphPane.getHeight() / 2);
    }

    public void zoomOut() {
        zoomAbout(ZOOM_STEP, graphPane.getWidth() / 2, graphPane.getHeight() / 2);
    }

    /** Shows the whole network, fitted to the pane. */
    public void fitAll() {
        model.setCamera(Camera.FIT);
    }

    /** Puts a state in the middle of the view, keeping the zoom. */
    public void centreOn(String code) {
        Camera now = model.cameraProperty().get();
        networkGraph.positionOf(code).ifPresent(p -> model.setCamera(new Camera(now.zoom(), p, now.stretch())));
    }

    /** The zoom: 1 shows everything, smaller is closer. */
    public double zoomLevel() {
        return model.cameraProperty().get().zoom();
    }

    /** The point of the layout in the middle of the view; null before the first picture. */
    public Layout.Point viewCentre() {
        return picture == null ? model.cameraProperty().get().centre()
                : picture.composition().centreOf(model.cameraProperty().get());
    }

    /** Restores a zoom and centre saved before. */
    public void setView(double zoom, double centreX, double centreY) {
        model.setCamera(new Camera(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)), new Layout.Point(centreX, centreY)));
    }

    private void zoom(ScrollEvent event) {
        if (event.getDeltaY() != 0) {
            zoomAbout(event.getDeltaY() > 0 ? 1 / ZOOM_STEP : ZOOM_STEP, event.getX(), event.getY());
        }
        event.consume();
    }

    /** Zooms keeping the point of the layout under (x, y) of the pane where it is. */
    private void zoomAbout(double factor, double x, double y) {
        if (picture == null) {
            return;
        }
        Camera camera = model.cameraProperty().get();
        // The camera's own picture may not have arrived yet: the point is read through the camera, not the picture.
        Camera zoomed = picture.composition().zoomedAbout(camera, factor, x / typeScale, y / typeScale, MIN_ZOOM,
                MAX_ZOOM);
        if (zoomed.zoom() != camera.zoom()) {
            model.setCamera(zoomed);
        }
    }

    private void pressed(MouseEvent event) {
        // Take the focus from any text field, so that the arrow keys step through events again.
        graphPane.requestFocus();
        tooltip.hide();
        dragged = false;
        dragging = event.getButton() == MouseButton.PRIMARY && stateAt(event.getX(), event.getY()).isEmpty();
        dragX = event.getX();
        dragY = event.getY();
    }

    private void dragged(MouseEvent event) {
        if (!dragging || picture == null) {
            return;
        }
        dragged = true;
        graphPane.setCursor(Cursor.MOVE);
        model.setCamera(picture.composition().panned(model.cameraProperty().get(), dragX / typeScale,
                dragY / typeScale, event.getX() / typeScale, event.getY() / typeScale));
        dragX = event.getX();
        dragY = event.getY();
    }

    private void clicked(MouseEvent event) {
        if (dragged || !event.isStillSincePress()) {
            return;
        }
        String code = stateAt(event.getX(), event.getY()).orElse(null);
        if (event.getButton() == MouseButton.PRIMARY) {
            model.select(code);
        } else if (event.getButton() == MouseButton.SECONDARY) {
            showMenu(code, event.getScreenX(), event.getScreenY());
        }
    }

    /** The keyboard's menu key (or Shift+F10) opens the menu of the selected state; the mouse's is in clicked. */
    private void contextMenu(ContextMenuEvent event) {
        if (event.isKeyboardTrigger()) {
            showMenu(model.selected(), event.getScreenX(), event.getScreenY());
        }
        event.consume();
    }

    /** The menu of a state, or of the background when {@code code} is null. */
    private void showMenu(String code, double screenX, double screenY) {
        List<MenuItem> items = new ArrayList<>();
        if (code != null) {
            String name = networkGraph.stateOf(code).map(State::name).orElse(code);
            MenuItem focus = new MenuItem("Focus on " + name);
            focus.setOnAction(e -> model.focus(code));
            MenuItem select = new MenuItem("Select " + name);
            select.setOnAction(e -> model.select(code));
            items.add(focus);
            items.add(select);
        }
        MenuItem clear = new MenuItem("Clear focus");
        clear.setOnAction(e -> model.focus(null));
        clear.setDisable(model.optionsProperty().get().focus() == null);
        MenuItem fit = new MenuItem("Fit all");
        fit.setOnAction(e -> fitAll());
        items.add(clear);
        items.add(fit);
        new ContextMenu(items.toArray(MenuItem[]::new)).show(graphPane, screenX, screenY);
    }

    private Optional<String> stateAt(double x, double y) {
        if (picture == null) {
            return Optional.empty();
        }
        Point2D at = inPicture(x, y);
        return picture.composition().stateAt(at.getX(), at.getY());
    }

    private void hover(MouseEvent event) {
        if (picture == null || dragging) {
            return;
        }
        Point2D at = inPicture(event.getX(), event.getY());
        Composition composition = picture.composition();
        Optional<String> state = composition.stateAt(at.getX(), at.getY());
        Optional<Tie> tie = state.isPresent() ? Optional.empty()
                : composition.tieAt(at.getX(), at.getY());
        Optional<MatrixGrid.Cell> cell = state.isPresent() ? Optional.empty()
                : composition.cellAt(at.getX(), at.getY());
        if (state.isPresent()) {
            networkGraph.stateOf(state.get()).ifPresent(model::hoverState);
        } else if (cell.isPresent()) {
            MatrixGrid grid = composition.matrix().orElseThrow();
            model.hoverPair(cell.get().from(), cell.get().to(), cell.get().ties(),
                    grid.tiesBetween(cell.get().to(), cell.get().from()));
        } else if (tie.isPresent()) {
            model.hoverTie(tie.get());
        } else {
            model.hoverNothing();
        }
        graphPane.setCursor(state.isPresent() || tie.isPresent() || cell.map(c -> !c.ties().isEmpty()).orElse(false)
                ? Cursor.HAND : Cursor.DEFAULT);
        if (!model.hoverProperty().get().isEmpty()) {
            tooltip.show(graphPane, event.getScreenX() + 14, event.getScreenY() + 18);
        }
    }

    /** Marks the states a search suggests, so that their names show. */
    public void markWhileSearching(ObservableList<State> suggestions) {
        suggestions.addListener((ListChangeListener<State>) change ->
                model.setMarked(suggestions.stream().map(State::code).collect(Collectors.toSet())));
    }

    private VBox legend() {
        GridPane types = new GridPane();
        types.setHgap(10);
        types.setVgap(4);
        Label heading = new Label("Active ties");
        heading.setStyle("-fx-font-weight: bold;");
        types.add(heading, 0, 0, 3, 1);
        int row = 1;
        for (TieType type : TieType.values()) {
            TieStyle style = TieStyle.of(type);
            Line sample = new Line(0, 0, 36, 0);
            sample.setStroke(Color.web(style.colour()));
            sample.setStrokeWidth(3);
            switch (style.pattern()) {
                case DASHED -> sample.getStrokeDashArray().setAll(9.0, 5.0);
                case DOTTED -> sample.getStrokeDashArray().setAll(2.0, 5.0);
                default -> { }
            }
            CheckBox shown = new CheckBox(type.label());
            shown.setId("legend-toggle-" + type.code());
            shown.setSelected(true);
            shown.setTooltip(new Tooltip("Show or hide the " + type.label().toLowerCase() + " ties"));
            shown.selectedProperty().addListener((obs, old, on) -> model.setTypeShown(type, on));
            model.optionsProperty().addListener((obs, old, options) -> shown.setSelected(options.shows(type)));
            Label count = new Label();
            count.setId("legend-count-" + type.code());
            count.textProperty().bind(model.legendCount(type));
            count.setTooltip(new Tooltip());
            count.getTooltip().textProperty().bind(model.countProperty(type).asString("%d active on this day"));
            count.setStyle("-fx-font-weight: bold;");
            types.addRow(row++, sample, shown, count);
        }

        ChoiceBox<Confidence> confidence = new ChoiceBox<>();
        confidence.setId("legend-confidence");
        confidence.getItems().setAll(Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH);
        confidence.setConverter(new StringConverter<>() {
            @Override
            public String toString(Confidence least) {
                return least == null ? "" : switch (least) {
                    case LOW -> "all";
                    case MEDIUM -> "\u2265 medium";
                    case HIGH -> "high";
                };
            }

            @Override
            public Confidence fromString(String text) {
                return null;
            }
        });
        confidence.setValue(Confidence.LOW);
        confidence.setTooltip(new Tooltip("Show all ties, those of medium or high confidence, or those of high "
                + "confidence only"));
        confidence.setPrefWidth(72);
        confidence.valueProperty().addListener((obs, old, least) -> {
            if (least != null) {
                model.setLeastConfidence(least);
            }
        });
        model.optionsProperty().addListener((obs, old, o) -> confidence.setValue(o.leastConfidence()));
        Label shown = new Label("Confidence:");
        shown.setMinWidth(Region.USE_PREF_SIZE);
        // The same line tells how the less sure ties are drawn, as the exports' legend does.
        HBox surety = new HBox(4);
        surety.setId("legend-confidence-key");
        surety.setAlignment(Pos.CENTER_LEFT);
        for (Confidence level : new Confidence[] {Confidence.MEDIUM, Confidence.LOW}) {
            Line sample = new Line(0, 0, 14, 0);
            Color dark = Color.web(TieStyle.ACTIVE_STATE_COLOUR);
            sample.setStroke(Color.WHITE.interpolate(dark, TieStyle.confidenceOpacity(level)));
            sample.setStrokeWidth(3);
            Label meaning = new Label(level.code());
            meaning.setMinWidth(Region.USE_PREF_SIZE);
            meaning.setStyle("-fx-text-fill: #555;");
            surety.getChildren().addAll(sample, meaning);
        }
        Tooltip.install(surety, new Tooltip(TieStyle.confidenceLabel(Confidence.MEDIUM) + "; "
                + TieStyle.confidenceLabel(Confidence.LOW).toLowerCase(java.util.Locale.ROOT)));
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox confidenceRow = new HBox(4, shown, confidence, gap, surety);
        confidenceRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox hideDormant = new CheckBox("Hide states without ties");
        hideDormant.setId("legend-hide-dormant");
        hideDormant.selectedProperty().addListener((obs, old, on) -> model.setHideStatesWithoutTies(on));
        model.optionsProperty().addListener((obs, old, o) -> hideDormant.setSelected(o.hideStatesWithoutTies()));

        Label focus = new Label();
        focus.setId("legend-focus");
        Button clearFocus = new Button("\u2715");
        clearFocus.setId("legend-clear-focus");
        clearFocus.setTooltip(new Tooltip("Clear the focus"));
        clearFocus.setOnAction(e -> model.focus(null));
        HBox focusRow = new HBox(6, focus, clearFocus);
        focusRow.setAlignment(Pos.CENTER_LEFT);
        model.optionsProperty().addListener((obs, old, o) -> {
            focusRow.setVisible(o.focus() != null);
            focusRow.setManaged(o.focus() != null);
            focus.setText(o.focus() == null ? "" : "Focus: " + networkGraph.stateOf(o.focus())
                    .map(s -> s.name()).orElse(o.focus()));
        });
        focusRow.setVisible(false);
        focusRow.setManaged(false);

        TextField compare = new TextField();
        compare.setId("legend-compare");
        compare.setPromptText("Compare with date");
        compare.setPrefColumnCount(9);
        compare.setTooltip(new Tooltip("Type a date and press Enter: ties gained since are thicker, ties lost are "
                + "drawn faded. Empty the field to stop comparing."));
        compare.setOnAction(e -> {
            String text = compare.getText().strip();
            if (text.isEmpty()) {
                model.compareDateProperty().set(null);
                return;
            }
            try {
                model.compareDateProperty().set(PartialDate.parse(text).firstDay());
                compare.setStyle("");
            } catch (DateFormatException ex) {
                compare.setStyle("-fx-border-color: #B00020;");
                compare.getTooltip().setText(ex.getMessage());
            }
        });
        model.compareDateProperty().addListener((obs, old, day) -> compare.setText(day == null ? "" : day.toString()));
        Label compared = new Label();
        compared.setId("legend-comparison");
        compared.textProperty().bind(model.comparisonTextProperty());
        compared.managedProperty().bind(compared.textProperty().isNotEmpty());

        Label matrixKey = new Label("Matrix: a row extends ties to a column; in a cell, recognition stands left,"
                + " the ambassador in the middle, engagement right");
        matrixKey.setId("legend-matrix");
        matrixKey.setWrapText(true);
        matrixKey.setMaxWidth(220);
        matrixKey.setStyle("-fx-text-fill: #555; -fx-font-size: 0.9em;");
        matrixKey.visibleProperty().bind(model.layoutKindProperty().isEqualTo(LayoutKind.MATRIX));
        matrixKey.managedProperty().bind(matrixKey.visibleProperty());

        // Spaced a little tighter than the other panels: with the confidence row, the legend keeps its height.
        VBox box = new VBox(6, types, confidenceRow, matrixKey, hideDormant, focusRow, compare, compared);
        box.setId("legend");
        box.setPadding(new Insets(8, 12, 8, 12));
        box.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-border-color: #CCCCCC;"
                + " -fx-border-radius: 4; -fx-background-radius: 4;");
        box.setMinHeight(USE_PREF_SIZE);
        return box;
    }
}
