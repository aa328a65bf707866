package org.diplomap.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.diplomap.model.Dataset;
import org.diplomap.render.export.ExportFormats;
import org.diplomap.render.export.ExportSource;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.task.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir
    Path dir;

    private final Preferences preferences = Preferences.userRoot()
            .node("org/diplomap/export-dialog-test-" + System.nanoTime());
    private final FxTaskRunner runner = new FxTaskRunner();
    private ExportViewModel model;
    private ExportDialog dialog;

    @Start
    void start(Stage stage) {
        Dataset dataset = Workspace.bundledDataset();
        TimelineIndex index = TimelineIndex.of(dataset);
        model = new ExportViewModel(runner, Platform::runLater, preferences, ExportFormats.ALL);
        model.setSource(ExportSource.computingLayouts(index, () -> dataset), LocalDate.of(2025, 7, 3));
        dialog = new ExportDialog(null, model);
        dialog.show();
    }

    @AfterEach
    void close() throws BackingStoreException {
        runner.close();
        preferences.removeNode();
    }

    private Image shownPreview(FxRobot robot) {
        return robot.lookup("#export-preview").queryAs(ImageView.class).getImage();
    }

    @Test
    void datesAreWrittenAsTheRestOfDiplomapWritesThem(FxRobot robot) {
        javafx.scene.control.DatePicker date = robot.lookup("#export-date").queryAs(javafx.scene.control.DatePicker.class);
        robot.interact(() -> date.setValue(java.time.LocalDate.of(2025, 8, 1)));

        assertThat(date.getEditor().getText()).isEqualTo("2025-08-01");
    }

    @Test
    void changingTheFormatUpdatesThePreviewAndAPngIsExported(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownPreview(robot) != null);
        Image first = shownPreview(robot);
        assertThat(robot.lookup("#export-from").query().isVisible()).isFalse();

        // A GIF previews its first frame, the first day of the data, not the chosen date.
        robot.clickOn("#export-format").clickOn("gif");
        assertThat(robot.lookup("#export-format").queryAs(ChoiceBox.class).getValue()).isEqualTo("gif");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownPreview(robot) != first);
        assertThat(robot.lookup("#export-from").query().isVisible()).isTrue();

        robot.clickOn("#export-format").clickOn("png");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-width").query().isVisible()).isTrue();
        Path out = dir.resolve("exported.png");
        dialog.setDestinationChooser(m -> out);
        robot.clickOn("#export-run");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.exportingProperty().get()
                && model.progressProperty().get() == 1.0);
        assertThat(ImageIO.read(out.toFile())).isNotNull();
        assertThat(robot.lookup("#export-message").queryAs(Label.class).getText()).contains("exported.png");
    }

    @Test
    void theWholeCaseIsExportedAsAWebPageWithoutADate(FxRobot robot) throws Exception {
        robot.clickOn("#export-format").clickOn("web-page");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-date").query().isVisible()).isFalse();
        assertThat(robot.lookup("#export-width").query().isVisible()).as("a page has no size to choose").isFalse();
        Path out = dir.resolve("case.html");
        dialog.setDestinationChooser(m -> out);
        robot.clickOn("#export-run");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.exportingProperty().get()
                && model.progressProperty().get() == 1.0);
        assertThat(java.nio.file.Files.readString(out)).startsWith("<!DOCTYPE html>").contains("<svg id=\"network\"")
                .contains("<title>" + Workspace.bundledDataset().title() + "</title>");
        assertThat(robot.lookup("#export-message").queryAs(Label.class).getText()).contains("case.html");
    }
}
