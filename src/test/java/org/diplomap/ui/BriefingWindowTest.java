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

    @Test
    void presentationModeNamesTheSavedViewAndItsPlaceAndItsHintSoonGoes(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        robot.interact(() -> {
            context.savedViews().save(org.diplomap.model.SavedView.of("Before", org.diplomap.model.PartialDate.parse("2025-07-02")));
            context.savedViews().save(org.diplomap.model.SavedView.of("Recognition", org.diplomap.model.PartialDate.parse("2025-07-03")));
        });
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> context.savedViews().views().size() == 2);

        robot.interact(() -> view.setPresenting(true));
        long start = System.nanoTime();
        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        Label place = robot.lookup("#presentation-view").queryAs(Label.class);
        assertThat(place.isVisible()).isTrue();
        assertThat(place.getText()).isEqualTo("Recognition   2 / 2");
        Label hint = robot.lookup("#presentation-hint").queryAs(Label.class);
        assertThat(hint.getFont().getSize()).isLessThanOrEqualTo(13);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !hint.isVisible());
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.5);

        robot.interact(() -> view.setPresenting(false));
        assertThat(place.isVisible()).isFalse();
    }

    @Test
    void presentationModeOnALargeScreenKeepsTheNetworkSpreadOut(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        robot.interact(() -> {
            view.getScene().getWindow().setWidth(1600);
            view.getScene().getWindow().setHeight(1000);
            view.setPresenting(true);
        });
        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();

        org.diplomap.render.Composition picture = drawn();
        double spread = picture.dots().get("AFG").getX() - picture.dots().get("RUS").getX();
        // The caption's shadow and its lines laid out before they wrap once made it claim most of the width.
        assertThat(spread).isGreaterThan(picture.width() * 0.3);
    }

    @Test
    void f1ListsEveryShortcutOfTheTableAndTheMenusTakeTheirKeysFromIt(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        java.util.List<javafx.scene.input.KeyCombination> accelerators = new java.util.ArrayList<>();
        for (javafx.scene.control.Menu menu : robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus()) {
            collectAccelerators(menu.getItems(), accelerators);
        }
        java.util.List<javafx.scene.input.KeyCombination> inTable = java.util.Arrays.stream(
                org.diplomap.ui.controls.Shortcut.values()).map(org.diplomap.ui.controls.Shortcut::combination)
                .filter(java.util.Objects::nonNull).toList();
        assertThat(inTable).containsAll(accelerators);
        assertThat(accelerators).contains(org.diplomap.ui.controls.Shortcut.EXPORT.combination(),
                org.diplomap.ui.controls.Shortcut.MAP_LAYOUT.combination());

        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.layout.GridPane table = robot.lookup("#shortcuts").queryAs(javafx.scene.layout.GridPane.class);
        java.util.List<String> texts = table.getChildren().stream().map(node -> ((Label) node).getText()).toList();
        for (org.diplomap.ui.controls.Shortcut shortcut : org.diplomap.ui.controls.Shortcut.values()) {
            assertThat(texts).contains(shortcut.keys(), shortcut.description());
        }
        robot.interact(() -> ViewPictures.write(table.getScene().getRoot(), "shortcuts"));
        robot.interact(() -> table.getScene().getWindow().hide());
    }

    private static void collectAccelerators(java.util.List<javafx.scene.control.MenuItem> items,
                                            java.util.List<javafx.scene.input.KeyCombination> found) {
        for (javafx.scene.control.MenuItem item : items) {
            if (item.getAccelerator() != null) {
                found.add(item.getAccelerator());
            }
            if (item instanceof javafx.scene.control.Menu menu) {
                collectAccelerators(menu.getItems(), found);
            }
        }
    }
}
