package org.diplomap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.diplomap.graph.GeoLayout;
import org.diplomap.graph.Layout;
import org.diplomap.graph.NetworkGraph;
import org.diplomap.io.WorldAtlas;
import org.diplomap.model.State;
import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.view.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WorldMapLayerTest {

    private static final List<State> STATES = List.of(new State("AFG", "Afghanistan"), new State("RUS", "Russia"),
            new State("CHN", "China"), new State("USA", "United States"), new State("FRA", "France"),
            new State("BRA", "Brazil"), new State("ZAF", "South Africa"), new State("AUS", "Australia"),
            new State("ITA", "Italy"), new State("VAT", "Vatican City"), new State("SUN", "Soviet Union"));

    private FxViewer viewer;
    private FxDefaultView view;
    private WorldMapLayer layer;

    @Start
    void start(Stage stage) {
        NetworkGraph graph = new NetworkGraph();
        graph.reset(STATES, GeoLayout.compute(STATES, WorldAtlas.bundled()));
        viewer = new FxViewer(graph.graph(), Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        viewer.disableAutoLayout();
        view = (FxDefaultView) viewer.addDefaultView(false);
        layer = new WorldMapLayer(view, WorldAtlas.bundled().outlines());
        view.setBackLayerRenderer(layer);
        Pane pane = new Pane(view);
        view.prefWidthProperty().bind(pane.widthProperty());
        view.prefHeightProperty().bind(pane.heightProperty());
        stage.setScene(new Scene(pane, 1200, 700));
        stage.show();
    }

    @AfterEach
    void closeViewer(FxRobot robot) {
        robot.interact(viewer::close);
    }

    /** A picture of the view once the viewer has painted (it pumps every 40 ms). */
    private WritableImage painted(FxRobot robot) {
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = view.snapshot(null, null));
        return image[0];
    }

    private static int count(WritableImage image, Color colour) {
        PixelReader pixels = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (near(pixels.getColor(x, y), colour)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Within one step of 255 in each channel: antialiased grey around the nodes is never as blue as the land. */
    private static boolean near(Color a, Color b) {
        double tolerance = 1.5 / 255;
        return Math.abs(a.getRed() - b.getRed()) < tolerance && Math.abs(a.getGreen() - b.getGreen()) < tolerance
                && Math.abs(a.getBlue() - b.getBlue()) < tolerance;
    }

    /** The colour drawn at a place given in degrees, where the graph puts that place. */
    private Color colourAt(WritableImage image, double lon, double lat) {
        Point3 px = view.getCamera().transformGuToPx(lon, lat, 0);
        return image.getPixelReader().getColor((int) px.x, (int) px.y);
    }

    private static void write(WritableImage image, String name) throws IOException {
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    @Test
    void drawsTheCountriesBehindTheStatesWhereTheGraphPutsTheirLongitudeAndLatitude(FxRobot robot) throws IOException {
        WritableImage image = painted(robot);
        write(image, "world-map-layer.png");

        assertThat(count(image, WorldMapLayer.FILL)).isGreaterThan((int) (image.getWidth() * image.getHeight() / 20));
        // Inland, away from every state: the middle of Brazil, Algeria, Siberia, Australia.
        assertThat(colourAt(image, -52, -8)).matches(c -> near(c, WorldMapLayer.FILL), "land colour");
        assertThat(colourAt(image, 2, 28)).matches(c -> near(c, WorldMapLayer.FILL), "land colour");
        assertThat(colourAt(image, 100, 62)).matches(c -> near(c, WorldMapLayer.FILL), "land colour");
        assertThat(colourAt(image, 133, -25)).matches(c -> near(c, WorldMapLayer.FILL), "land colour");
        // The Atlantic and the Indian Ocean stay the graph's background.
        assertThat(colourAt(image, -35, 25)).isEqualTo(Color.WHITE);
        assertThat(colourAt(image, 80, -20)).isEqualTo(Color.WHITE);
    }

    @Test
    void drawsNothingWhenSwitchedOff(FxRobot robot) throws IOException {
        assertThat(count(painted(robot), WorldMapLayer.FILL)).isPositive();

        robot.interact(() -> layer.setVisible(false));
        WritableImage image = painted(robot);
        write(image, "world-map-layer-off.png");

        assertThat(layer.isVisible()).isFalse();
        assertThat(count(image, WorldMapLayer.FILL)).isZero();
        assertThat(colourAt(image, -52, -8)).isEqualTo(Color.WHITE);
    }
}
