package org.diplomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.diplomap.model.Snapshot;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.render.Composition;
import org.diplomap.store.DatasetFolder;
import org.diplomap.store.h2.H2Store;
import org.diplomap.ui.files.RecentFiles;
import org.diplomap.ui.shell.MainView;
import org.diplomap.ui.task.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    static final LocalDate RECOGNITION_DAY = LocalDate.of(2025, 7, 3);

    Path dir;
    FxTaskRunner tasks;
    AppContext context;
    Preferences preferences;
    MainView view;

    /** Opens the window on a new database (seeded with the bundled dataset) at the recognition day. */
    @BeforeEach
    void openWindow() throws Exception {
        dir = Files.createTempDirectory("diplomap-ui");
        tasks = new FxTaskRunner();
        // The user's own list of recent files and Diplomap folder are left alone.
        preferences = Preferences.userRoot().node("diplomap-test/" + UUID.randomUUID());
        context = new AppContext(tasks, RECOGNITION_DAY, new RecentFiles(preferences),
                new DatasetFolder(dir.resolve("home"), H2Store::open));
        FxToolkit.setupStage(stage -> {
            view = new MainView(context);
            stage.setScene(new Scene(view, 1200, 760));
            stage.show();
            context.open(dir.resolve("db"));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeDatabase() throws IOException, BackingStoreException {
        context.close();
        preferences.removeNode();
        tasks.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Waits until the network shown is the one of the date the timeline is at. */
    Snapshot shownAt(LocalDate day) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Snapshot shown = context.network().snapshotProperty().get();
            return shown != null && shown.date().equals(day);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return context.network().snapshotProperty().get();
    }

    int legendCount(FxRobot robot, TieType type) {
        return Integer.parseInt(robot.lookup("#legend-count-" + type.code()).queryAs(Label.class).getText());
    }

    /** The picture drawn once the window has nothing left to draw. */
    Composition drawn() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.network().idle()
                && view.networkView().picture() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return view.networkView().picture().composition();
    }

    /** The ties drawn, by id. */
    Set<String> edgesDrawn() throws Exception {
        return drawn().tieLooks().keySet();
    }

    static Set<String> idsOf(Snapshot snapshot) {
        return snapshot.ties().stream().map(Tie::id).collect(Collectors.toSet());
    }

}
