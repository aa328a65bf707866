package org.diplomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.diplomap.model.Snapshot;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.render.Composition;
import org.diplomap.ui.timeline.TimelineViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ExploringAndBriefingTest extends WindowTest {


    private void clickState(FxRobot robot, String code) {
        Point2D point = view.networkView().screenPositionOf(code).orElseThrow();
        robot.clickOn(point, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingAStateSelectsItAtAnyZoom(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);

        clickState(robot, "PAK");
        assertThat(context.network().selected()).isEqualTo("PAK");
        assertThat(drawn().lookOf("PAK")).contains(Composition.StateLook.SELECTED);

        robot.interact(() -> {
            view.networkView().zoomIn();
            view.networkView().zoomIn();
            view.networkView().centreOn("RUS");
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickState(robot, "RUS");

        assertThat(context.network().selected()).isEqualTo("RUS");
        assertThat(view.networkView().zoomLevel()).isLessThan(1);
    }

    @Test
    void theMouseWheelZoomsAndFitAllShowsEverything(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        double before = view.networkView().zoomLevel();

        robot.moveTo("#network-graph").scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double zoomed = view.networkView().zoomLevel();
        robot.interact(() -> view.networkView().fitAll());

        assertThat(zoomed).isNotEqualTo(before);
        assertThat(view.networkView().zoomLevel()).isEqualTo(1.0);
    }

    @Test
    void untickingATypeInTheLegendHidesItsTies(FxRobot robot) throws Exception {
        Snapshot snapshot = shownAt(RECOGNITION_DAY);

        robot.clickOn("#legend-toggle-engagement");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#legend-toggle-engagement").queryAs(CheckBox.class).isSelected()).isFalse();
        // The legend counts what the picture shows: none of a hidden type.
        assertThat(robot.lookup("#legend-count-engagement").queryAs(Label.class).getText()).isEqualTo("\u2013");
        assertThat(legendCount(robot, TieType.AMBASSADOR)).isEqualTo(snapshot.countsByType().get(TieType.AMBASSADOR));
        Composition picture = drawn();
        for (Tie tie : snapshot.ties()) {
            assertThat(picture.tieLooks().containsKey(tie.id())).as(tie.id()).isEqualTo(tie.type() != TieType.ENGAGEMENT);
        }
    }

    @Test
    void hidingStatesWithoutTiesHidesSaudiArabiaIn2025(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);

        robot.clickOn("#legend-hide-dormant");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(drawn().dots()).doesNotContainKey("SAU").containsKey("RUS");
    }

    @Test
    void focusingOnAStateDimsTheStatesThatAreNotItsNeighbours(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        Point2D russia = view.networkView().screenPositionOf("RUS").orElseThrow();

        robot.clickOn(russia, MouseButton.SECONDARY);
        robot.clickOn("Focus on Russia");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.network().optionsProperty().get().focus()).isEqualTo("RUS");
        assertThat(drawn().lookOf("AFG")).contains(Composition.StateLook.ACTIVE);
        assertThat(drawn().lookOf("CHN")).contains(Composition.StateLook.ACTIVE_DIMMED);
        assertThat(robot.lookup("#legend-focus").queryAs(Label.class).getText()).isEqualTo("Focus: Russia");
    }

    @Test
    void pressingRightMovesTheDateToTheNextEventAndLeftBack(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        LocalDate next = context.timeline().getDate();

        robot.clickOn("#network-graph").type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        LocalDate after = context.timeline().getDate();
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(after).isAfter(next);
        assertThat(after).isEqualTo(context.network().networkProperty().get().index().nextEventDay(next).orElseThrow());
        assertThat(context.timeline().getDate()).isEqualTo(RECOGNITION_DAY);
    }

    @Test
    void playingMovesTheDateOnUntilPaused(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        robot.interact(() -> {
            context.timeline().moveTo(LocalDate.of(2000, 1, 1));
            context.timeline().speedProperty().set(TimelineViewModel.Speed.YEARS);
        });

        robot.clickOn("#timeline-play");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> context.timeline().getDate().isAfter(LocalDate.of(2000, 6, 1)));
        robot.clickOn("#timeline-play");
        LocalDate paused = context.timeline().getDate();
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.timeline().playingProperty().get()).isFalse();
        assertThat(context.timeline().getDate()).isEqualTo(paused);
        assertThat(shownAt(paused).date()).isEqualTo(paused);
    }

    @Test
    void comparingWithAnEarlierDateCountsAndMarksTiesGainedAndLost(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);

        robot.clickOn("#legend-compare").write("2024-12-01").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup("#legend-comparison").queryAs(Label.class).getText().isEmpty());
        var changes = context.network().networkProperty().get().index().diff(LocalDate.of(2024, 12, 1), RECOGNITION_DAY);

        assertThat(robot.lookup("#legend-comparison").queryAs(Label.class).getText()).isEqualTo(
                "Since 2024-12-01: +" + changes.tiesAdded().size() + " gained, \u2212" + changes.tiesRemoved().size() + " lost");
        Map<String, Composition.TieLook> looks = drawn().tieLooks();
        for (Tie gained : changes.tiesAdded()) {
            assertThat(looks.get(gained.id())).as(gained.id()).isEqualTo(Composition.TieLook.GAINED);
        }
        for (Tie lost : changes.tiesRemoved()) {
            assertThat(looks.get(lost.id())).as(lost.id()).isEqualTo(Composition.TieLook.LOST);
        }
    }

    @Test
    void presentationModeHidesTheMenusAndEscapeLeavesIt(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);

        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        boolean menuShownWhilePresenting = robot.lookup("#top-bar").query().isVisible();
        boolean presenting = view.presentingProperty().get();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(presenting).isTrue();
        assertThat(menuShownWhilePresenting).isFalse();
        assertThat(view.presentingProperty().get()).isFalse();
        assertThat(robot.lookup("#top-bar").query().isVisible()).isTrue();
    }

    @Test
    void clickingAStateShowsItsTiesInTheDetailsPanelAndATieThereJumpsToItsStart(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);

        clickState(robot, "RUS");

        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("Russia");
        long russianTies = context.network().snapshotProperty().get().ties().stream()
                .filter(t -> t.from().equals("RUS") || t.to().equals("RUS")).count();
        assertThat(context.details().rows()).hasSize((int) russianTies);
        assertThat(robot.lookup(".details-tie").queryAll()).isNotEmpty();
        robot.clickOn("#details-tie-0");
        WaitForAsyncUtils.waitForFxEvents();
        LocalDate start = context.details().rows().get(0).tie().start().firstDay();
        assertThat(context.timeline().getDate()).isEqualTo(start);
    }

    @Test
    void searchingAStateSelectsItAndCentresTheViewOnIt(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);

        robot.clickOn("#search").write("norw").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.network().selected()).isEqualTo("NOR");
        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("Norway");
        var norway = view.networkView().networkGraph().positionOf("NOR").orElseThrow();
        assertThat(view.networkView().viewCentre().x()).isCloseTo(norway.x(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aSavedViewIsRecalledWithPageDownWithItsDateFocusAndFilters(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        robot.interact(() -> {
            context.network().focus("RUS");
            context.network().setTypeShown(TieType.ENGAGEMENT, false);
        });

        robot.clickOn("#menu-briefing").clickOn("#menu-save-view");
        javafx.scene.control.TextField name = robot.lookup("#save-view-name").queryAs(javafx.scene.control.TextField.class);
        robot.interact(name::clear);
        robot.clickOn(name).write("Russia recognises").type(KeyCode.ENTER);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> context.savedViews().views().size() == 1);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no view saved; name field '" + name.getText() + "', error '"
                    + context.shell().errorProperty().get() + "'", e);
        }
        robot.interact(() -> {
            context.timeline().moveTo(LocalDate.of(2000, 1, 1));
            context.network().setOptions(org.diplomap.graph.DisplayOptions.DEFAULT);
        });
        robot.clickOn("#network-graph").type(KeyCode.PAGE_DOWN);
        shownAt(RECOGNITION_DAY);

        assertThat(context.timeline().getDate()).isEqualTo(RECOGNITION_DAY);
        assertThat(context.network().optionsProperty().get().focus()).isEqualTo("RUS");
        assertThat(context.network().optionsProperty().get().shows(TieType.ENGAGEMENT)).isFalse();
        assertThat(context.savedViews().views().get(0).name()).isEqualTo("Russia recognises");
    }
}
