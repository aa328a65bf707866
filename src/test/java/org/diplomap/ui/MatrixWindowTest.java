package org.diplomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.render.Composition;
import org.diplomap.render.MatrixGrid;
import org.diplomap.render.ScreenPicture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The matrix layout in the window, and the briefing written as a deck from the Briefing menu. */
class MatrixWindowTest extends WindowTest {

    private void showMatrix(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        drawn();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where a point of the picture shown is on the screen. */
    private Point2D onScreen(FxRobot robot, double x, double y) {
        Node pane = robot.lookup("#network-graph").query();
        return pane.localToScreen(x, y);
    }

    @Test
    void ctrl3ShowsTheMatrixAndPointingAtACellTellsThePairAndItsTies(FxRobot robot) throws Exception {
        showMatrix(robot);
        Composition picture = drawn();

        assertThat(context.network().layoutKindProperty().get()).isEqualTo(LayoutKind.MATRIX);
        assertThat(robot.lookup("#legend-matrix").query().isVisible()).isTrue();
        MatrixGrid grid = picture.matrix().orElseThrow();
        assertThat(grid.order()).contains("RUS", "AFG");
        Rectangle2D cell = grid.cellBounds("RUS", "AFG").orElseThrow();

        robot.moveTo(onScreen(robot, cell.getCenterX(), cell.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();

        String said = robot.lookup("#status-hover").queryAs(Label.class).getText();
        assertThat(said).startsWith("Russia \u2192 Afghanistan: ").contains("Recognition from 2025-07-03")
                .contains("; Afghanistan \u2192 Russia: ");
    }

    @Test
    void theSelectedStatesRowAndColumnAreHighlighted(FxRobot robot) throws Exception {
        showMatrix(robot);
        Composition before = drawn();
        MatrixGrid grid = before.matrix().orElseThrow();
        // A cell of Norway's row with no tie: only the highlight can change it.
        Rectangle2D cell = grid.cellBounds("NOR", "SAU").orElseThrow();
        ScreenPicture plain = view.networkView().picture();
        int x = (int) cell.getCenterX();
        int y = (int) cell.getCenterY();
        int pixelBefore = plain.pixel(x, y);

        robot.interact(() -> context.network().select("NOR"));
        Composition after = drawn();

        assertThat(after.scene().display().selected()).isEqualTo("NOR");
        assertThat(view.networkView().picture().pixel(x, y)).isNotEqualTo(pixelBefore);
        assertThat(after.matrix().orElseThrow().rowNames()).containsKey("NOR");
    }

    @Test
    void clickingARowsNameSelectsItsState(FxRobot robot) throws Exception {
        showMatrix(robot);
        var named = drawn().matrix().orElseThrow().rowNames().entrySet().iterator().next();
        Rectangle2D name = named.getValue();

        robot.clickOn(onScreen(robot, name.getCenterX(), name.getCenterY()));
        drawn();

        assertThat(context.network().selected()).isEqualTo(named.getKey());
    }

    @Test
    void theBriefingMenuWritesTheDeck(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        drawn();
        robot.interact(() -> {
            context.savedViews().save(SavedView.of("First", PartialDate.parse("2025-07-03")));
            context.savedViews().save(new SavedView("Second", PartialDate.parse("2024-10"), java.util.Set.of(), false,
                    null, LayoutKind.MATRIX, 1, 0, 0));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.savedViews().views().size() == 2);
        Path deck = dir.resolve("briefing.pdf");
        view.briefingMenu().setDeckDestination(owner -> deck);

        robot.clickOn("Briefing").clickOn("#menu-export-deck");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(deck));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-deck").queryAs(Label.class)
                .getText().startsWith("Wrote"));

        try (PDDocument document = Loader.loadPDF(deck.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
        }
    }
}
