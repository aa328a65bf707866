package org.diplomap.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import org.diplomap.io.Outline;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.LayerRenderer;
import org.graphstream.ui.view.camera.DefaultCamera2D;

/**
 * Country outlines drawn behind the graph, for the geographic layout, whose graph units are degrees (x =
 * longitude, y = latitude). Install it with {@code ((FxDefaultView) view).setBackLayerRenderer(layer)}.
 *
 * <p>GraphStream calls a back layer before it sets up the frame's transform: the camera and the arguments still
 * describe the previous frame, which is wrong after the graph or the window changed size, and the view is not
 * repainted again until something else changes. So the layer asks the camera to set up this frame's transform
 * itself (the camera computes the same one again just after), and draws in graph units.
 */
public final class WorldMapLayer implements LayerRenderer<GraphicsContext> {

    static final Color FILL = Color.web("#EEF0F2");
    static final Color STROKE = Color.web("#C8CCD2");
    private static final double STROKE_WIDTH_PX = 0.8;
    /**
     * Land wholly south of this latitude (Antarctica) is not drawn: no state sits there, and the states that have no
     * place on the map stand in a row at that height.
     */
    private static final double SOUTHERN_LIMIT = -60;

    private final FxViewPanel view;
    private final List<Shape> shapes = new ArrayList<>();
    private volatile boolean visible = true;

    /** A polygon with its bounds, to skip what lies outside the view. */
    private record Shape(double[][] rings, double minX, double minY, double maxX, double maxY) {
    }

    public WorldMapLayer(FxViewPanel view, List<Outline> outlines) {
        this.view = view;
        for (Outline outline : outlines) {
            for (double[][] rings : outline.polygons()) {
                double[] outer = rings[0];
                double minX = Double.MAX_VALUE;
                double minY = Double.MAX_VALUE;
                double maxX = -Double.MAX_VALUE;
                double maxY = -Double.MAX_VALUE;
                for (int i = 0; i + 1 < outer.length; i += 2) {
                    minX = Math.min(minX, outer[i]);
                    maxX = Math.max(maxX, outer[i]);
                    minY = Math.min(minY, outer[i + 1]);
                    maxY = Math.max(maxY, outer[i + 1]);
                }
                if (maxY >= SOUTHERN_LIMIT) {
                    shapes.add(new Shape(rings, minX, minY, maxX, maxY));
                }
            }
        }
    }

    /** Shows or hides the map (hidden for the network layout, whose units are not degrees). Call on the FX thread. */
    public void setVisible(boolean visible) {
        this.visible = visible;
        // The viewer repaints only when the graph changes; a new layout pass makes it paint now.
        view.requestLayout();
    }

    public boolean isVisible() {
        return visible;
    }

    @Override
    public void render(GraphicsContext g, GraphicGraph graph, double px2Gu, int widthPx, int heightPx,
            double minXGu, double minYGu, double maxXGu, double maxYGu) {
        if (!visible || !(view.getCamera() instanceof DefaultCamera2D camera)) {
            return;
        }
        g.save();
        camera.pushView(graph);
        try {
            Point3 low = camera.transformPxToGu(0, heightPx);
            Point3 high = camera.transformPxToGu(widthPx, 0);
            double pxPerGu = camera.getMetrics().ratioPx2Gu;
            g.setFill(FILL);
            g.setStroke(STROKE);
            g.setLineWidth(STROKE_WIDTH_PX / pxPerGu);
            g.setLineJoin(StrokeLineJoin.ROUND);
            g.setFillRule(FillRule.EVEN_ODD);
            for (Shape shape : shapes) {
                if (shape.maxX() >= low.x && shape.minX() <= high.x && shape.maxY() >= low.y && shape.minY() <= high.y) {
                    draw(g, shape.rings());
                }
            }
        } finally {
            camera.popView();
            g.restore();
        }
    }

    private static void draw(GraphicsContext g, double[][] rings) {
        g.beginPath();
        for (double[] ring : rings) {
            g.moveTo(ring[0], ring[1]);
            for (int i = 2; i + 1 < ring.length; i += 2) {
                g.lineTo(ring[i], ring[i + 1]);
            }
            g.closePath();
        }
        g.fill();
        g.stroke();
    }
}
