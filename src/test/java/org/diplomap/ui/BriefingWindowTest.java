package org.diplomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.diplomap.timeline.TimelineEvent;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a briefer relies on in front of an audience: keys that keep working, one current event, a steady window. */
class BriefingWindowTest extends WindowTest {

    @Test
    void afterGoToTheArrowKeysStepFromTheDateTyped(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        TimelineIndex index = context.shell().indexProperty().get();
        LocalDate typed = LocalDate.of(2024, 1, 1);

        robot.clickOn("#timeline-date-field").write("2024-01-01").type(KeyCode.ENTER);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.timeline().getDate()).isEqualTo(index.nextEventDay(typed).orElseThrow());
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.timeline().getDate()).isEqualTo(index.previousEventDay(index.nextEventDay(typed)
                .orElseThrow()).orElseThrow());
    }

    @Test
    void theMenusTakeBackTheirFontAfterPresentationMode(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        Set<Double> before = menuFontSizes(robot);

        robot.interact(() -> view.setPresenting(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.setPresenting(false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(menuFontSizes(robot)).isEqualTo(before);
    }

    private static Set<Double> menuFontSizes(FxRobot robot) {
        return robot.lookup(".menu-bar .label").queryAllAs(Label.class).stream()
                .map(label -> label.getFont().getSize()).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void beforeTheFirstEventNoEventIsCurrent(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);

        robot.interact(() -> context.timeline().moveTo(LocalDate.of(1800, 1, 1)));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> list = robot.lookup("#event-list").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(-1);
        assertThat(list.getFocusModel().getFocusedIndex()).isEqualTo(-1);
        assertThat(robot.lookup("#caption").query().isVisible()).isFalse();
        assertThat(robot.lookup("#timeline-event").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void theCaptionTheDateLineAndTheListTellTheSameEvent(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        for (LocalDate day : new LocalDate[] {RECOGNITION_DAY, LocalDate.of(2023, 12, 29)}) {
            robot.interact(() -> context.timeline().moveTo(day));
            WaitForAsyncUtils.waitForFxEvents();

            ListView<?> list = robot.lookup("#event-list").queryAs(ListView.class);
            TimelineEvent highlighted = (TimelineEvent) list.getSelectionModel().getSelectedItem();
            assertThat(highlighted.date().firstDay()).isEqualTo(day);
            assertThat(robot.lookup("#caption-title").queryAs(Label.class).getText()).isEqualTo(highlighted.title());
            assertThat(robot.lookup("#timeline-event").queryAs(Label.class).getText()).startsWith(highlighted.title());
        }
    }

    @Test
    void thePauseButtonDrawsItsSignInsteadOfAGlyphFontsMayLack(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);

        robot.interact(() -> context.timeline().play());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button play = robot.lookup("#timeline-play").queryAs(javafx.scene.control.Button.class);
        String pausing = play.getText();
        String pauseSign = play.getGraphic().getId();
        robot.interact(() -> context.timeline().pause());

        assertThat(pausing).isEqualTo("Pause");
        assertThat(pauseSign).isEqualTo("timeline-pause-sign");
        assertThat(play.getText()).isEqualTo("Play");
        assertThat(play.getGraphic().getId()).isEqualTo("timeline-play-sign");
    }
}
