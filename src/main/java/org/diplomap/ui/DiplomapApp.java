package org.diplomap.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.diplomap.ui.network.NetworkViewModel;
import org.diplomap.ui.shell.MainView;
import org.diplomap.ui.task.FxTaskRunner;

/** The desktop application: one window on the database named by the launch options. */
public final class DiplomapApp extends Application {

    public static final int DEFAULT_WIDTH = 1440;
    public static final int DEFAULT_HEIGHT = 900;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private AppContext context;

    /** Opens the window and returns when it is closed. */
    public static void launch(LaunchOptions options) {
        LaunchOptions.set(options);
        Application.launch(DiplomapApp.class);
    }

    private boolean screenshotTaken;
    /** Kept so that the binding is not collected while the program waits for the network. */
    private BooleanBinding screenshotBinding;

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.get();
        context = new AppContext(tasks, options.date());
        MainView view = new MainView(context);
        Scene scene = new Scene(view, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        stage.setScene(scene);
        stage.titleProperty().bind(context.shell().titleProperty());
        stage.show();
        if (options.screenshot() != null) {
            screenshotWhenDrawn(scene, options.screenshot());
        }
        context.open(options.database());
    }

    /** Waits for the first network to be drawn, lets the viewer paint it, then writes the window and quits. */
    private void screenshotWhenDrawn(Scene scene, Path out) {
        context.shell().errorProperty().addListener((obs, old, message) -> {
            if (!message.isEmpty()) {
                System.err.println(message);
                Platform.exit();
                System.exit(1);
            }
        });
        NetworkViewModel network = context.network();
        // A dense network's ties arrive as a picture drawn after the first frame: wait for both.
        BooleanBinding drawn = Bindings.createBooleanBinding(() -> network.snapshotProperty().get() != null
                        && network.networkProperty().get() != null
                        && (!network.networkProperty().get().dense() || network.pictureProperty().get() != null),
                network.snapshotProperty(), network.networkProperty(), network.pictureProperty());
        drawn.addListener((obs, was, now) -> {
            if (now && !was && !screenshotTaken) {
                screenshotTaken = true;
                // GraphStream repaints on its own 40 ms timer; give it a few frames.
                PauseTransition settle = new PauseTransition(Duration.millis(800));
                settle.setOnFinished(e -> {
                    WritableImage image = scene.snapshot(null);
                    try {
                        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
                        try (var file = java.nio.file.Files.newOutputStream(out)) {
                            ImageIO.write(png, "png", file);
                        }
                        System.out.println("Wrote " + out + " (" + png.getWidth() + "x" + png.getHeight() + ")");
                    } catch (IOException ex) {
                        System.err.println(out + ": cannot write the screenshot: " + ex.getMessage());
                        Platform.exit();
                        System.exit(1);
                    }
                    Platform.exit();
                });
                settle.play();
            }
        });
        screenshotBinding = drawn;
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
        tasks.close();
    }
}
