package org.diplomap.ui.network;

import java.util.EnumSet;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.paint.Color;
import org.diplomap.graph.NetworkGraph;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.TieType;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicNode;
import org.graphstream.ui.view.Viewer;
import org.graphstream.ui.view.util.InteractiveElement;

/**
 * The graph of states and ties (GraphStream's JavaFX viewer) with its legend. The viewer reads the graph on
 * the FX thread, and this view changes it there through {@link NetworkGraph}, only when a snapshot arrives.
 */
public final class NetworkView extends StackPane {

    private final NetworkViewModel model;
    private final NetworkGraph networkGraph = new NetworkGraph();
    private final FxViewer viewer;
    private final FxViewPanel panel;
    private final Tooltip tooltip = new Tooltip();

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
        panel.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        panel.setOnMouseExited(e -> model.hoverNothing());
        Tooltip.install(panel, tooltip);
        tooltip.textProperty().bind(model.hoverProperty());

        Pane legend = legend();
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(12));
        getChildren().addAll(graphPane, legend);

        model.networkProperty().addListener((obs, old, network) -> {
            if (network != null) {
                networkGraph.reset(network.index().states(), network.layout());
            }
        });
        model.frameProperty().addListener((obs, old, frame) -> {
            if (frame != null && (frame.diff() == null || !networkGraph.apply(frame.diff()))) {
                networkGraph.show(frame.snapshot());
            }
        });
    }

    /** The graph shown, for reading what is drawn. */
    public NetworkGraph networkGraph() {
        return networkGraph;
    }

    /** Where a state is drawn, in screen coordinates. */
    public Optional<Point2D> screenPositionOf(String code) {
        return networkGraph.positionOf(code).map(position -> {
            Point3 pixel = panel.getCamera().transformGuToPx(position.x(), position.y(), 0);
            return panel.localToScreen(pixel.x, pixel.y);
        });
    }

    private void hover(double x, double y) {
        GraphicElement element = panel.findGraphicElementAt(EnumSet.of(InteractiveElement.NODE,
                InteractiveElement.EDGE), x, y);
        if (element == null) {
            model.hoverNothing();
        } else if (element instanceof GraphicNode) {
            networkGraph.stateOf(element.getId()).ifPresent(model::hoverState);
        } else {
            networkGraph.tieOf(element.getId()).ifPresent(model::hoverTie);
        }
    }

    private GridPane legend() {
        GridPane legend = new GridPane();
        legend.setId("legend");
        legend.setHgap(10);
        legend.setVgap(6);
        legend.setPadding(new Insets(10, 12, 10, 12));
        legend.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-border-color: #CCCCCC;"
                + " -fx-border-radius: 4; -fx-background-radius: 4;");
        legend.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label heading = new Label("Active ties");
        heading.setStyle("-fx-font-weight: bold;");
        legend.add(heading, 0, 0, 3, 1);
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
            Label name = new Label(type.label());
            Label count = new Label();
            count.setId("legend-count-" + type.code());
            count.textProperty().bind(model.countProperty(type).asString());
            count.setStyle("-fx-font-weight: bold;");
            legend.addRow(row++, sample, name, count);
        }
        return legend;
    }
}
