package org.diplomap.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DetailsViewTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    private final DetailsViewModel model = new DetailsViewModel();
    private final List<LocalDate> wentTo = new ArrayList<>();
    private DetailsView view;

    @Start
    void start(Stage stage) {
        model.setIndex(TimelineIndex.of(Workspace.bundledDataset()));
        model.setOnGoTo(wentTo::add);
        model.dateProperty().set(DAY);
        view = new DetailsView(model);
        stage.setScene(new Scene(view, 340, 720));
        stage.show();
    }

    private void select(FxRobot robot, String code) {
        robot.interact(() -> model.select(code));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void withoutASelectionThePanelSaysWhatToDo(FxRobot robot) {
        assertThat(robot.lookup("#details-hint").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#details-hint").queryAs(Label.class).getText())
                .isEqualTo("Click a state to see its ties");

        select(robot, "RUS");

        assertThat(robot.lookup("#details-hint").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void showsRussiasTiesAtTheDateAndGoesToTheStartOfAClickedRow(FxRobot robot) throws IOException {
        select(robot, "RUS");
        snapshot(robot, view, "details-RUS.png");

        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("Russia");
        assertThat(robot.lookup("#details-code").queryAs(Label.class).getText()).isEqualTo("RUS");
        assertThat(robot.lookup("#details-date").queryAs(Label.class).getText()).isEqualTo("On 1 February 2026");
        assertThat(model.rows()).hasSize(3);
        assertThat(robot.lookup(".details-tie").queryAll()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(robot.lookup("#details-tie-0 .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Russia recognises Afghanistan");
        assertThat(robot.lookup(".details-group-name").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Recognition", "Accepted ambassador", "Partial engagement");

        robot.clickOn("#details-tie-1");

        assertThat(wentTo).containsExactly(LocalDate.of(2025, 7, 3));
        assertThat(robot.lookup("#details-tie-1").query().getStyleClass()).contains("details-tie-selected");
        assertThat(robot.lookup("#details-tie-0").query().getStyleClass()).doesNotContain("details-tie-selected");
    }

    @Test
    void historyHasABarPerTieAndClickingOneGoesToItsStart(FxRobot robot) {
        select(robot, "RUS");

        HistoryChart chart = robot.lookup("#details-history").queryAs(HistoryChart.class);
        assertThat(model.history()).hasSize(3);
        assertThat(chart.dateX()).isNotNaN();
        assertThat(chart.rowAt(chart.rowCentreY(2))).isEqualTo(2);
        assertThat(chart.rowAt(chart.rowCentreY(3))).isEqualTo(-1);

        clickRow(robot, chart, 0);

        assertThat(wentTo).containsExactly(LocalDate.of(2022, 4, 6));
    }

    @Test
    void theListFollowsTheDate(FxRobot robot) {
        select(robot, "RUS");

        robot.interact(() -> model.dateProperty().set(LocalDate.of(2025, 7, 2)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".details-tie").queryAll()).hasSize(1);
        HistoryChart chart = robot.lookup("#details-history").queryAs(HistoryChart.class);
        // The recognition began the day after: the date line stands just before its bar.
        assertThat(chart.dateX()).isLessThan(chart.barStartX(1)).isGreaterThan(chart.barStartX(1) - 2);
    }

    @Test
    void aStateWithManyTiesLooksClean(FxRobot robot) throws IOException {
        select(robot, "AFG");
        snapshot(robot, view, "details-AFG.png");
        snapshot(robot, robot.lookup("#details-history").query(), "details-AFG-history.png");

        assertThat(model.history()).hasSizeGreaterThan(10);
        HistoryChart chart = robot.lookup("#details-history").queryAs(HistoryChart.class);
        int last = model.history().size() - 1;
        // The rows below the panel's edge are reached by scrolling, and a click there goes to that tie.
        robot.interact(() -> {
            robot.lookup(".details-scroll").queryAs(ScrollPane.class).setVvalue(1);
            chart.scrollTo(last);
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickRow(robot, chart, last);

        assertThat(wentTo).containsExactly(model.history().get(last).start());
    }

    private static void clickRow(FxRobot robot, HistoryChart chart, int index) {
        Node canvas = chart.lookup("#details-history-canvas");
        robot.clickOn(canvas.localToScreen(60, chart.rowCentreY(index)));
    }

    /** Writes the panel as a picture, to look at how it reads. */
    private static void snapshot(FxRobot robot, Node node, String name) throws IOException {
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        var image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> node.snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }
}
