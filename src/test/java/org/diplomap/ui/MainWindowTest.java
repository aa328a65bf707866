package org.diplomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
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
import org.diplomap.ui.shell.MainView;
import org.diplomap.ui.task.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowTest extends WindowTest {

    @Test
    void windowOpensAtTheAskedDateWithRussiasRecognitionDrawnAndCounted(FxRobot robot) throws Exception {
        Snapshot snapshot = shownAt(RECOGNITION_DAY);

        assertThat(snapshot.ties()).anyMatch(t -> t.from().equals("RUS") && t.type() == TieType.RECOGNITION);
        assertThat(legendCount(robot, TieType.RECOGNITION)).isEqualTo(1);
        assertThat(edgesDrawn()).isEqualTo(idsOf(snapshot)).anyMatch(id -> id.startsWith("RUS>AFG:recognition"));
        assertThat(robot.lookup("#timeline-date").queryAs(Label.class).getText()).isEqualTo("3 July 2025");
        // Days closer than a pixel share a mark; months are several pixels apart on this slider.
        long months = context.timeline().eventDays().stream().map(java.time.YearMonth::from).distinct().count();
        assertThat(robot.lookup("#timeline-event-marks").queryAs(Pane.class).getChildren().size())
                .isBetween((int) months, context.timeline().eventDays().size());
    }

    @Test
    void pointingAtAStateNamesItAndItsTiesInTheStatusLine(FxRobot robot) throws Exception {
        Snapshot snapshot = shownAt(RECOGNITION_DAY);
        long russianTies = snapshot.ties().stream().filter(t -> t.from().equals("RUS") || t.to().equals("RUS")).count();
        Point2D russia = view.networkView().screenPositionOf("RUS").orElseThrow();

        robot.moveTo(russia);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#status-hover").queryAs(Label.class).getText())
                .startsWith("Russia (RUS): " + russianTies + " active ties");
        assertThat(russianTies).isGreaterThan(1);
    }

    @Test
    void typingTheDayBeforeRemovesTheRecognition(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);

        robot.clickOn("#timeline-date-field").write("2025-07-02").type(KeyCode.ENTER);
        Snapshot snapshot = shownAt(LocalDate.of(2025, 7, 2));

        assertThat(legendCount(robot, TieType.RECOGNITION)).isZero();
        assertThat(edgesDrawn()).isEqualTo(idsOf(snapshot)).noneMatch(id -> id.startsWith("RUS>AFG:recognition"));
        for (TieType type : TieType.values()) {
            assertThat(legendCount(robot, type)).isEqualTo(snapshot.countsByType().get(type));
        }
    }

    @Test
    void typingSomethingThatIsNotADateSaysWhyAndKeepsTheDate(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);

        robot.clickOn("#timeline-date-field").write("2025-13-01").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#timeline-error").queryAs(Label.class).getText()).contains("'2025-13-01'");
        assertThat(context.timeline().getDate()).isEqualTo(RECOGNITION_DAY);
    }

    @Test
    void draggingTheSliderToTheStartShowsTheNetworkOfThatDay(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        Slider slider = robot.lookup("#timeline-slider").queryAs(Slider.class);

        robot.drag(".slider .thumb").moveBy(-slider.getWidth(), 0).release(javafx.scene.input.MouseButton.PRIMARY);
        LocalDate day = context.timeline().getDate();
        Snapshot snapshot = shownAt(day);

        assertThat(day).isBefore(LocalDate.of(1998, 1, 1));
        assertThat(edgesDrawn()).isEqualTo(idsOf(snapshot));
        Map<TieType, Integer> counts = snapshot.countsByType();
        for (TieType type : TieType.values()) {
            assertThat(legendCount(robot, type)).isEqualTo(counts.get(type));
        }
    }

    @Test
    void movingTheSliderRedrawsTheNetworkOfThatDayAndGreysStatesWithoutTies(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        LocalDate day = LocalDate.of(2021, 9, 1);

        robot.interact(() -> robot.lookup("#timeline-slider").queryAs(Slider.class).setValue(day.toEpochDay()));
        Snapshot snapshot = shownAt(day);

        assertThat(snapshot.ties()).isEmpty();
        assertThat(edgesDrawn()).isEmpty();
        assertThat(drawn().lookOf("SAU")).contains(Composition.StateLook.DORMANT);
        assertThat(legendCount(robot, TieType.RECOGNITION)).isZero();
    }

    @Test
    void theNetworkFillsTheGraphAreaAndKeepsOutFromUnderTheCaption(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        Node caption = robot.lookup("#caption").query();
        assertThat(caption.isVisible()).isTrue();

        Composition picture = drawn();
        // The span of the dots, each with its own extent.
        double r = picture.dotRadius();
        java.awt.geom.Rectangle2D spread = null;
        for (java.awt.geom.Point2D dot : picture.dots().values()) {
            java.awt.geom.Rectangle2D here = new java.awt.geom.Rectangle2D.Double(dot.getX() - r, dot.getY() - r,
                    2 * r, 2 * r);
            spread = spread == null ? here : spread.createUnion(here);
        }
        assertThat(spread.getWidth() / picture.width()).isGreaterThanOrEqualTo(0.75);
        assertThat(spread.getHeight() / picture.height()).isGreaterThanOrEqualTo(0.6);

        Bounds shown = caption.getBoundsInParent();
        java.awt.geom.Rectangle2D covered = new java.awt.geom.Rectangle2D.Double(shown.getMinX(), shown.getMinY(),
                shown.getWidth(), shown.getHeight());
        for (java.awt.geom.Point2D dot : picture.dots().values()) {
            assertThat(covered.intersects(dot.getX() - r, dot.getY() - r, 2 * r, 2 * r)).isFalse();
        }
        for (java.awt.geom.Rectangle2D name : picture.names().values()) {
            assertThat(covered.intersects(name)).isFalse();
        }
    }

    @Test
    void anUnexpectedErrorOffersItsDetailsAndTheLogFolder(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        java.util.List<java.nio.file.Path> opened = new java.util.ArrayList<>();
        robot.interact(() -> {
            view.setFolderOpener(opened::add);
            context.shell().reportError(new IllegalStateException("a fault no one foresaw"));
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#error-copy-details");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        robot.clickOn("#error-open-log-folder");

        assertThat(copied[0]).contains("a fault no one foresaw").contains("IllegalStateException")
                .contains("at org.diplomap.");
        assertThat(opened).containsExactly(context.shell().logFolder());
        assertThat(java.nio.file.Files.readString(context.shell().logFolder().resolve("diplomap-0.log")))
                .contains("a fault no one foresaw");
        // Both buttons leave the dialog open, for the other one.
        assertThat(robot.lookup("#error-copy-details").tryQuery()).isPresent();
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#error-copy-details").query().getScene().getWindow())
                .close());
    }

    @Test
    void nextEventButtonMovesToTheNextDayWithAnEvent(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);

        robot.clickOn("#timeline-next");
        LocalDate next = context.timeline().getDate();
        shownAt(next);

        assertThat(next).isAfter(RECOGNITION_DAY);
        assertThat(robot.lookup("#timeline-event").queryAs(Label.class).getText()).isNotEmpty();
        robot.clickOn("#timeline-previous");
        assertThat(context.timeline().getDate()).isEqualTo(RECOGNITION_DAY);
    }
}
