package org.diplomap.ui.network;

import java.util.EnumSet;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.diplomap.graph.NetworkGraph;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.DateFormatException;
import org.diplomap.model.PartialDate;
import org.diplomap.model.TieType;
import org.diplomap.model.LayoutKind;
import org.diplomap.render.TiePicture;
import org.diplomap.ui.map.WorldMapLayer;
import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicNode;
import org.graphstream.ui.view.Viewer;
import org.graphstream.ui.view.camera.Camera;
import org.graphstream.ui.view.util.InteractiveElement;

/**
 * The graph of states and ties (GraphStream's JavaFX viewer) with its legend. The viewer reads the graph on
 * the FX thread, and this view changes it there through {@link NetworkGraph}, only when a frame arrives or an
 * option changes. The mouse wheel zooms about the pointer, dragging the background pans, a click selects.
 * The ties of a dense network are not in the graph but a picture drawn on the worker and shown behind it
 * ({@link TieLayer}).
 */
public final class NetworkView extends StackPane {

    private static final double ZOOM_STEP = 1.15;
    private static final double MIN_VIEW_PERCENT = 0.05;
    private static final double MAX_VIEW_PERCENT = 3;

    private final NetworkViewModel model;
    private final NetworkGraph networkGraph = new NetworkGraph();
    private final FxViewer viewer;
    private final FxViewPanel panel;
    private final Tooltip tooltip = new Tooltip();
    private final VBox legend;
    private WorldMapLayer mapLayer;
    private final TieLayer tieLayer;
    private static final System.Logger LOG = System.getLogger(NetworkView.class.getName());
    private long framesShown;
    private Point3 dragStartGu;
    private boolean dragged;

    public NetworkView(NetworkViewModel model) {
        this.model = model;
        setId("network");
        viewer = new FxViewer(networkGraph.graph(), Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        panel = (FxViewPanel) viewer.addDefaultView(false);
        panel.setId("network-graph");
        // Positions are fixed by the layout; the viewer must neither move states nor let them be dragged.
        viewer.disableAutoLayout();
        panel.setMouseManager(new InertMouseManager());

        // The viewer gets its own pane at the top-left of this one: GraphStream's mouse coordinates are relative to it.
        Pane graphPane = new Pane(panel);
        graphPane.setId("network-pane");
        panel.prefWidthProperty().bind(graphPane.widthProperty());
        panel.prefHeightProperty().bind(graphPane.heightProperty());
        // The graph takes the room it is given, no more: without these it keeps the size it once had and
        // spills under the timeline when the window shrinks.
        panel.setMinSize(0, 0);
        graphPane.setMinSize(0, 0);
        setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(graphPane.widthProperty());
        clip.heightProperty().bind(graphPane.heightProperty());
        graphPane.setClip(clip);
        panel.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        panel.setOnMouseExited(e -> model.hoverNothing());
        panel.setOnScroll(this::zoom);
        panel.setOnMousePressed(this::pressed);
        panel.setOnMouseDragged(this::dragged);
        panel.setOnMouseClicked(this::clicked);
        tieLayer = new TieLayer(panel, model::setViewport);
        ((FxDefaultView) panel).setBackLayerRenderer((g, graph, px2Gu, width, height, minX, minY, maxX, maxY) -> {
            if (mapLayer != null) {
                mapLayer.render(g, graph, px2Gu, width, height, minX, minY, maxX, maxY);
            }
            tieLayer.render(g, graph, px2Gu, width, height, minX, minY, maxX, maxY);
        });
        Tooltip.install(panel, tooltip);
        tooltip.textProperty().bind(model.hoverProperty());

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
                if (mapLayer == null) {
                    mapLayer = new WorldMapLayer(panel, network.outlines());
                }
                networkGraph.reset(network.index().states(), network.layout(model.layoutKindProperty().get()),
                        network.dense());
                networkGraph.setOptions(model.optionsProperty().get());
                mapLayer.setVisible(model.layoutKindProperty().get() == LayoutKind.GEOGRAPHIC);
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
                mapLayer.setVisible(kind == LayoutKind.GEOGRAPHIC);
                fitAll();
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
        model.pictureProperty().addListener((obs, old, picture) -> tieLayer.show(picture));
        model.optionsProperty().addListener((obs, old, options) -> networkGraph.setOptions(options));
    }

    /** The number of networks shown since the view was made: one per date drawn. */
    public long framesShown() {
        return framesShown;
    }

    /** The picture of the ties behind the graph (a dense network's), or null. */
    public TiePicture tiePicture() {
        return tieLayer.picture();
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
        return networkGraph.positionOf(code).map(position -> {
            Point3 pixel = camera().transformGuToPx(position.x(), position.y(), 0);
            return panel.localToScreen(pixel.x, pixel.y);
        });
    }

    public void zoomIn() {
        zoomAbout(1 / ZOOM_STEP, panel.getWidth() / 2, panel.getHeight() / 2);
    }

    public void zoomOut() {
        zoomAbout(ZOOM_STEP, panel.getWidth() / 2, panel.getHeight() / 2);
    }

    /** Shows the whole network. */
    public void fitAll() {
        camera().resetView();
    }

    /** Puts a state in the middle of the view, keeping the zoom. */
    public void centreOn(String code) {
        networkGraph.positionOf(code).ifPresent(p -> camera().setViewCenter(p.x(), p.y(), 0));
    }

    /** The zoom: 1 shows everything, smaller is closer. */
    public double zoomLevel() {
        return camera().getViewPercent();
    }

    /** The point of the layout in the middle of the view. */
    public Point3 viewCentre() {
        return camera().getViewCenter();
    }

    /** Restores a zoom and centre saved before. */
    public void setView(double zoom, double centreX, double centreY) {
        camera().setViewPercent(zoom);
        camera().setViewCenter(centreX, centreY, 0);
    }

    private Camera camera() {
        return panel.getCamera();
    }

    private void zoom(ScrollEvent event) {
        if (event.getDeltaY() != 0) {
            zoomAbout(event.getDeltaY() > 0 ? 1 / ZOOM_STEP : ZOOM_STEP, event.getX(), event.getY());
        }
        event.consume();
    }

    /** Zooms keeping the point of the layout under (x, y) where it is. */
    private void zoomAbout(double factor, double x, double y) {
        Camera camera = camera();
        Point3 before = camera.transformPxToGu(x, y);
        double percent = Math.max(MIN_VIEW_PERCENT, Math.min(MAX_VIEW_PERCENT, camera.getViewPercent() * factor));
        camera.setViewPercent(percent);
        Point3 after = camera.transformPxToGu(x, y);
        Point3 centre = camera.getViewCenter();
        camera.setViewCenter(centre.x + before.x - after.x, centre.y + before.y - after.y, 0);
    }

    private void pressed(MouseEvent event) {
        // Take the focus from any text field, so that the arrow keys step through events again.
        panel.requestFocus();
        dragged = false;
        dragStartGu = event.getButton() == MouseButton.PRIMARY && elementAt(event.getX(), event.getY()) == null
                ? camera().transformPxToGu(event.getX(), event.getY()) : null;
    }

    private void dragged(MouseEvent event) {
        if (dragStartGu == null) {
            return;
        }
        dragged = true;
        Point3 now = camera().transformPxToGu(event.getX(), event.getY());
        Point3 centre = camera().getViewCenter();
        camera().setViewCenter(centre.x + dragStartGu.x - now.x, centre.y + dragStartGu.y - now.y, 0);
    }

    private void clicked(MouseEvent event) {
        if (dragged || !event.isStillSincePress()) {
            return;
        }
        GraphicElement element = elementAt(event.getX(), event.getY());
        String code = element instanceof GraphicNode ? element.getId() : null;
        if (event.getButton() == MouseButton.PRIMARY) {
            model.select(code);
        } else if (event.getButton() == MouseButton.SECONDARY && code != null) {
            String name = networkGraph.stateOf(code).map(s -> s.name()).orElse(code);
            MenuItem focus = new MenuItem("Focus on " + name);
            focus.setOnAction(e -> model.focus(code));
            MenuItem clear = new MenuItem("Clear focus");
            clear.setOnAction(e -> model.focus(null));
            clear.setDisable(model.optionsProperty().get().focus() == null);
            new ContextMenu(focus, clear).show(panel, event.getScreenX(), event.getScreenY());
        }
    }

    private GraphicElement elementAt(double x, double y) {
        return panel.findGraphicElementAt(EnumSet.of(InteractiveElement.NODE, InteractiveElement.EDGE), x, y);
    }

    private void hover(double x, double y) {
        GraphicElement element = elementAt(x, y);
        if (element == null) {
            model.hoverNothing();
        } else if (element instanceof GraphicNode) {
            networkGraph.stateOf(element.getId()).ifPresent(model::hoverState);
        } else {
            networkGraph.tieOf(element.getId()).ifPresent(model::hoverTie);
        }
    }

    private VBox legend() {
        GridPane types = new GridPane();
        types.setHgap(10);
        types.setVgap(6);
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
            count.textProperty().bind(model.countProperty(type).asString());
            count.setStyle("-fx-font-weight: bold;");
            types.addRow(row++, sample, shown, count);
        }

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

        VBox box = new VBox(8, types, hideDormant, focusRow, compare, compared);
        box.setId("legend");
        box.setPadding(new Insets(10, 12, 10, 12));
        box.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-border-color: #CCCCCC;"
                + " -fx-border-radius: 4; -fx-background-radius: 4;");
        box.setMinHeight(USE_PREF_SIZE);
        return box;
    }
}
