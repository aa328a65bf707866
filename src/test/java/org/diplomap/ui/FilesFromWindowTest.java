package org.diplomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;
import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import org.diplomap.store.BundledCase;
import org.diplomap.store.h2.H2Store;
import org.diplomap.store.h2.H2Workspaces;
import org.diplomap.timeline.TimelineIndex;
import java.time.LocalDate;
import org.diplomap.store.DatasetFolder;
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.HoldDatabaseOpen;
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

/** The File menu's New, Open Recent and Open bundled case, a file dropped on the window, a database in use. */
@ExtendWith(ApplicationExtension.class)
class FilesFromWindowTest {

    private Path dir;
    private Preferences preferences;
    private FxTaskRunner tasks;
    private AppContext context;
    private MainView view;

    @BeforeEach
    void openWindow() throws Exception {
        dir = Files.createTempDirectory("diplomap-files");
        preferences = Preferences.userRoot().node("diplomap-test/" + UUID.randomUUID());
        new RecentFiles(preferences).add(dir.resolve("gone.mv.db"));
        tasks = new FxTaskRunner();
        context = new AppContext(tasks, null, new RecentFiles(preferences), new DatasetFolder(dir.resolve("home"), H2Store::open));
        FxToolkit.setupStage(stage -> {
            view = new MainView(context);
            stage.setScene(new Scene(view, 1200, 760));
            stage.titleProperty().bind(context.shell().titleProperty());
            stage.show();
            context.open(dir.resolve("db"));
        });
        waitForTitle("db.mv.db");
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        context.close();
        tasks.close();
        preferences.removeNode();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theFileMenuOpensEveryBundledCaseInADatabaseOfItsOwn(FxRobot robot) throws Exception {
        robot.clickOn("File");
        assertThat(robot.lookup("#menu-new").tryQuery()).isPresent();
        assertThat(robot.lookup("#menu-open").tryQuery()).isPresent();
        Node newItem = robot.lookup("#menu-new").query();
        robot.interact(() -> ViewPictures.write(newItem.getScene().getRoot(), "file-menu"));
        robot.clickOn("#menu-cases");
        for (BundledCase bundled : BundledCase.all()) {
            assertThat(robot.lookup("#menu-case-" + bundled.id()).tryQuery()).isPresent();
        }
        Node caseItem = robot.lookup("#menu-case-" + BundledCase.AFGHANISTAN.id()).query();
        robot.interact(() -> ViewPictures.write(caseItem.getScene().getRoot(), "bundled-cases-menu"));

        robot.clickOn(caseItem);

        waitForTitle(BundledCase.AFGHANISTAN.title());
        assertThat(context.shell().storeProperty().get().location())
                .isEqualTo(dir.resolve("home/cases/afghanistan.mv.db").toString());
    }

    @Test
    void anotherCaseOpensAtItsOwnLastEventNotAtTheDateOfTheCaseBefore(FxRobot robot) throws Exception {
        robot.interact(() -> context.files().openCase(BundledCase.TWO_CHINAS));
        waitForTitle(BundledCase.TWO_CHINAS.title());
        // A day inside both cases' years, so that nothing but the opening can move it.
        LocalDate inBoth = LocalDate.of(2000, 6, 1);
        robot.interact(() -> context.timeline().goTo(inBoth));
        LocalDate afghanistanLast = TimelineIndex.of(BundledCase.AFGHANISTAN.read()).lastDay().orElseThrow();

        robot.interact(() -> context.files().openCase(BundledCase.AFGHANISTAN));
        waitForTitle(BundledCase.AFGHANISTAN.title());

        assertThat(context.timeline().getDate()).isEqualTo(afghanistanLast).isNotEqualTo(inBoth);
    }

    @Test
    void openRecentListsTheStartDatabaseAndShowsAMissingFileDisabled(FxRobot robot) {
        robot.clickOn("File").clickOn("#menu-recent");

        Node first = robot.lookup("#menu-recent-0").query();
        assertThat(menuItem("menu-recent-0").getText()).endsWith(dir.resolve("db.mv.db").toString());
        assertThat(menuItem("menu-recent-0").isDisable()).isFalse();
        assertThat(menuItem("menu-recent-1").getText()).endsWith("gone.mv.db  (missing)");
        assertThat(menuItem("menu-recent-1").isDisable()).isTrue();
        robot.interact(() -> ViewPictures.write(first.getScene().getRoot(), "open-recent-menu"));

        // Into the submenu first: a straight line from the File menu would cross the item below and close it.
        robot.moveTo(first);
        robot.clickOn("#menu-recent-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menuItem("menu-recent-none").isDisable()).isTrue();
        assertThat(new RecentFiles(preferences).list()).isEmpty();
    }

    @Test
    void aDatasetFileDroppedOnTheWindowOpens(FxRobot robot) throws Exception {
        Path file = dir.resolve("northland.json");
        Files.writeString(file, """
                {"format": "diplomap-dataset", "version": 1, "title": "Northland",
                 "states": [{"code": "XNL", "name": "Northland"}],
                 "ties": [{"from": "NOR", "to": "XNL", "type": "recognition", "start": "1991"}]}
                """);

        drop(robot, file);

        waitForTitle("Diplomap \u2014 Northland \u2014 northland.json");
        assertThat(context.shell().indexProperty().get().ties()).hasSize(1);
    }

    @Test
    void aFileThatIsNeitherIsRefusedWhenDroppedAndWhatWasOpenStays(FxRobot robot) throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "notes");
        String before = context.shell().titleProperty().get();

        drop(robot, file);

        assertThat(robot.lookup("#status-error").queryAs(Label.class).getText()).isEqualTo(file
                + " is neither a Diplomap database (*.mv.db) nor a dataset file (*.json); nothing was opened.");
        assertThat(context.shell().titleProperty().get()).isEqualTo(before);
        robot.type(javafx.scene.input.KeyCode.ENTER);
    }

    @Test
    void aDatabaseInUseAsksAndItsReadOnlyCopyIsMarkedOrTheWaitCanBeCancelled(FxRobot robot) throws Exception {
        Path held = dir.resolve("held");
        H2Workspaces.open(held).close();
        Process holder = hold(held);
        try {
            drop(robot, Path.of(held + ".mv.db"));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#locked-dialog").tryQuery().isPresent());
            assertThat(robot.lookup("#locked-message").queryAs(Label.class).getText()).contains(held + ".mv.db");
            Node dialog = robot.lookup("#locked-dialog").query();
            robot.interact(() -> ViewPictures.write(dialog, "database-in-use-dialog"));

            robot.clickOn("#locked-wait");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#waiting-dialog").tryQuery().isPresent());
            Node waiting = robot.lookup("#waiting-dialog").query();
            robot.interact(() -> ViewPictures.write(waiting, "waiting-dialog"));
            robot.clickOn("#waiting-cancel");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.shell().statusProperty().get()
                    .equals("Stopped waiting for " + held + ".mv.db."));
            assertThat(context.shell().titleProperty().get()).endsWith("db.mv.db");

            drop(robot, Path.of(held + ".mv.db"));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#locked-read-only").tryQuery().isPresent());
            robot.clickOn("#locked-read-only");
            waitForTitle("held.mv.db (read-only)");
            assertThat(robot.lookup("#status-read-only").query().isVisible()).isTrue();
            robot.interact(() -> ViewPictures.write(view, "read-only-window"));
        } finally {
            holder.destroyForcibly();
        }
    }

    /** A menu item of the File menu or of its submenus, by id. */
    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) view.lookup(".menu-bar");
        Menu file = bar.getMenus().get(0);
        return Stream.concat(file.getItems().stream(), file.getItems().stream()
                        .filter(Menu.class::isInstance).flatMap(menu -> ((Menu) menu).getItems().stream()))
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    /** Drops files on the window as the system's drag and drop would, through a dragboard holding them. */
    private void drop(FxRobot robot, Path file) {
        robot.interact(() -> {
            Dragboard dragboard = DragboardHelper.createDragboard(new FilesClipboard(List.of(file.toFile())));
            view.fireEvent(new DragEvent(DragEvent.DRAG_DROPPED, dragboard, 100, 100, 100, 100, TransferMode.COPY,
                    null, view, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForTitle(String part) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.shell().titleProperty().get().contains(part)
                && !context.shell().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Process hold(Path database) throws Exception {
        Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabaseOpen.class.getName(), database.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).get(20, TimeUnit.SECONDS)).isEqualTo("open");
        return holder;
    }

    /**
     * The content of a drag that carries files. JavaFX makes a dragboard only for a drag from the system; its
     * own helper builds one on this in-memory content instead.
     */
    private record FilesClipboard(List<File> files) implements TKClipboard {
        @Override
        @SuppressWarnings("removal")
        public void setSecurityContext(AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return Set.of(DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(DataFormat format) {
            return DataFormat.FILES.equals(format) ? files : null;
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return DataFormat.FILES.equals(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
