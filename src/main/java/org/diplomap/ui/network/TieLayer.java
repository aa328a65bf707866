package org.diplomap.ui.network;

import java.nio.IntBuffer;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Affine;
import org.diplomap.render.TiePicture;
import org.diplomap.render.Viewport;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.LayerRenderer;
import org.graphstream.ui.view.camera.DefaultCamera2D;

/**
 * The picture of a dense network's ties, drawn behind the states of the GraphStream view (install it in the
 * view's back layer). The picture is drawn on the worker for the camera of its time; until the picture for a new
 * zoom or pan arrives, the one shown is moved and scaled to the camera of this frame, so ties always stay under
 * their states. Each frame it tells {@code onViewport} when the camera no longer matches the picture shown.
 */
final class TieLayer implements LayerRenderer<GraphicsContext> {

    private final FxViewPanel view;
    private final Consumer<Viewport> onViewport;
    private TiePicture picture;
    private WritableImage image;
    private Viewport lastViewport;

    TieLayer(FxViewPanel view, Consumer<Viewport> onViewport) {
        this.view = view;
        this.onViewport = onViewport;
    }

    /** Shows another picture (null: none), from the next frame of the view. Call on the FX thread. */
    void show(TiePicture newPicture) {
        picture = newPicture;
        image = null;
        if (newPicture != null) {
            Viewport v = newPicture.viewport();
            // The image reads the picture's pixels where they are, without a copy.
            PixelBuffer<IntBuffer> pixels = new PixelBuffer<>(v.width(), v.height(),
                    IntBuffer.wrap(newPicture.pixels()), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(pixels);
        }
        // The viewer repaints only when the graph changes; a new layout pass makes it paint now.
        view.requestLayout();
    }

    TiePicture picture() {
        return picture;
    }

    /**
     * Where the camera places the layout in this frame, or null while it places nothing (a graph of one point has
     * no scale). Call between the camera's pushView and popView.
     */
    static Viewport viewportOf(DefaultCamera2D camera, int widthPx, int heightPx) {
        Point3 origin = camera.transformGuToPx(0, 0, 0);
        Point3 unit = camera.transformGuToPx(1, 1, 0);
        double scaleX = unit.x - origin.x;
        double scaleY = unit.y - origin.y;
        boolean placed = scaleX != 0 && scaleY != 0 && Double.isFinite(scaleX) && Double.isFinite(scaleY)
                && Double.isFinite(origin.x) && Double.isFinite(origin.y);
        return placed ? new Viewport(widthPx, heightPx, scaleX, scaleY, origin.x, origin.y) : null;
    }

    @Override
    public void render(GraphicsContext g, GraphicGraph graph, double px2Gu, int widthPx, int heightPx,
            double minXGu, double minYGu, double maxXGu, double maxYGu) {
        if (!(view.getCamera() instanceof DefaultCamera2D camera) || widthPx <= 0 || heightPx <= 0) {
            return;
        }
        g.save();
        // Called before GraphStream sets up this frame's transform (see WorldMapLayer): set it up now.
        camera.pushView(graph);
        try {
            Viewport now = viewportOf(camera, widthPx, heightPx);
            if (now != null && !now.equals(lastViewport)) {
                lastViewport = now;
                onViewport.accept(now);
            }
            if (image != null) {
                // In layout units now; map the picture's pixels back to the layout units they were drawn from.
                Viewport drawn = picture.viewport();
                g.transform(new Affine(1 / drawn.scaleX(), 0, -drawn.offsetX() / drawn.scaleX(),
                        0, 1 / drawn.scaleY(), -drawn.offsetY() / drawn.scaleY()));
                g.setImageSmoothing(false);
                g.drawImage(image, 0, 0);
            }
        } finally {
            camera.popView();
            g.restore();
        }
    }
}
