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
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.diplomap.io.WorldAtlas;
import org.diplomap.render.PngFiles;
import org.diplomap.ui.network.NetworkViewModel;
import org.diplomap.ui.shell.MainView;
import org.diplomap.ui.task.FxTaskRunner;

/** The desktop application: one window on the database named by the launch options. */
public final class DiplomapApp extends Application {

    public static final int DEFAULT_WIDTH = 1440;
    public static final int DEFAULT_HEIGHT = 900;
    /** The mark of the task bar and the window's corner (the installers take theirs from the same folder). */
    public static final String ICON = "/assets/desktop/diplomap.png";

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
        StartupTrace.mark("javafx-started");
        LaunchOptions options = LaunchOptions.get();
        // The map's outlines are read while the window is built and the database opens; the first layout needs them.
        Thread atlas = new Thread(WorldAtlas::bundled, "world-atlas");
        atlas.setDaemon(true);
        atlas.start();
        context = new AppContext(tasks, options.date());
        // The database opens on the worker while the window is built: its network is what the window waits for.
        context.open(options.database());
        StartupTrace.mark("context-built");
        MainView view = new MainView(context);
        view.setFolderOpener(folder -> getHostServices().showDocument(folder.toUri().toString()));
        view.setAddressOpener(address -> getHostServices().showDocument(address));
        StartupTrace.mark("view-built");
        Scene scene = new Scene(view, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        stage.setScene(scene);
        stage.titleProperty().bind(context.shell().titleProperty());
        stage.getIcons().add(new Image(DiplomapApp.class.getResource(ICON).toExternalForm()));
        stage.show();
        StartupTrace.mark("window-shown");
        context.shell().indexProperty().addListener((obs, old, index) -> StartupTrace.mark("database-open"));
        context.network().networkProperty().addListener((obs, old, laidOut) -> StartupTrace.mark("network-laid-out"));
        context.network().pictureProperty().addListener((obs, old, picture) -> {
            if (picture != null) {
                StartupTrace.mark("first-picture");
            }
        });
        if (options.screenshot() != null) {
            screenshotWhenDrawn(scene, options.screenshot());
        }
    }

    /** Waits for the first network to be drawn and its picture to settle, then writes the window and quits. */
    private void screenshotWhenDrawn(Scene scene, Path out) {
        context.shell().errorProperty().addListener((obs, old, message) -> {
            if (!message.isEmpty()) {
                System.err.println(message);
                Platform.exit();
                System.exit(1);
            }
        });
        NetworkViewModel network = context.network();
        // The picture comes after the first frame, and again once the caption has told the network where it stands.
        BooleanBinding drawn = Bindings.createBooleanBinding(() -> network.snapshotProperty().get() != null
                        && network.pictureProperty().get() != null,
                network.snapshotProperty(), network.pictureProperty());
        drawn.addListener((obs, was, now) -> {
            if (now && !was && !screenshotTaken) {
                screenshotTaken = true;
                writeWhenSettled(scene, out, network);
            }
        });
        screenshotBinding = drawn;
    }

    /** Writes the window once the network has no picture left to draw, checking every few hundred milliseconds. */
    private static void writeWhenSettled(Scene scene, Path out, NetworkViewModel network) {
        PauseTransition settle = new PauseTransition(Duration.millis(400));
        settle.setOnFinished(e -> {
            if (!network.idle()) {
                writeWhenSettled(scene, out, network);
                return;
            }
            WritableImage image = scene.snapshot(null);
            try {
                BufferedImage png = SwingFXUtils.fromFXImage(image, null);
                PngFiles.replace(png, out);
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

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
        tasks.close();
    }
}
