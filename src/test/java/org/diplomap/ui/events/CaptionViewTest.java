package org.diplomap.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.diplomap.store.BundledCase;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.ViewPictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CaptionViewTest {

    private static final LocalDate KAZAKHSTAN_DAY = LocalDate.of(2023, 12, 29);

    private CaptionViewModel model;
    private EventListViewModel events;

    @Start
    void start(Stage stage) {
        model = new CaptionViewModel();
        // The caption tells the event list's current event, as in the window.
        events = new EventListViewModel(day -> { });
        events.dateProperty().bind(model.dateProperty());
        model.currentEventProperty().bind(events.currentEventProperty());
        events.setIndex(TimelineIndex.of(Workspace.bundledDataset()));
        model.dateProperty().set(KAZAKHSTAN_DAY);
        CaptionView caption = new CaptionView(model);
        // Laid over a stand-in for the graph, as in the window.
        StackPane graph = new StackPane(caption);
        graph.setStyle("-fx-background-color: linear-gradient(to right, #9DB8D3, #E9EEF3);");
        StackPane.setAlignment(caption, Pos.BOTTOM_LEFT);
        StackPane.setMargin(caption, new javafx.geometry.Insets(16));
        stage.setScene(new Scene(graph, 900, 420));
        stage.show();
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private static boolean captionShows(FxRobot robot) {
        Node caption = robot.lookup("#caption").query();
        return caption.isVisible() && caption.getScene() != null;
    }

    @Test
    void showsTheTitleDateAndSourceOfTheEventOfTheDay(FxRobot robot) {
        assertThat(captionShows(robot)).isTrue();
        assertThat(label(robot, "#caption-title").getText())
                .isEqualTo("Kazakhstan announces removal of the Taliban from its banned-organisations list");
        assertThat(label(robot, "#caption-date").getText()).isEqualTo("2023-12-29");
        assertThat(label(robot, "#caption-source").getText()).startsWith("Source: Kazakhstan Today (kt.kz), 29 Dec 2023");
        assertThat(label(robot, "#caption-title").getFont().getSize()).isEqualTo(22.0);
        robot.interact(() -> ViewPictures.write(robot.lookup("#caption").query().getParent(), "caption"));
    }

    @Test
    void hidesOnADayWithoutAnEventAndShowsAgainOnTheNextEvent(FxRobot robot) {
        robot.interact(() -> model.dateProperty().set(KAZAKHSTAN_DAY.plusDays(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(captionShows(robot)).isFalse();

        robot.interact(() -> model.dateProperty().set(LocalDate.of(2025, 7, 3)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(captionShows(robot)).isTrue();
        assertThat(label(robot, "#caption-title").getText()).startsWith("Russia \u2192 Afghanistan: ");
    }

    @Test
    void aParagraphLongEventKeepsToThreeLinesSoTheNetworkKeepsItsRoom(FxRobot robot) {
        TimelineIndex chinas = TimelineIndex.of(BundledCase.TWO_CHINAS.read());

        robot.interact(() -> {
            events.setIndex(chinas);
            model.dateProperty().set(LocalDate.of(1971, 10, 25));
        });
        WaitForAsyncUtils.waitForFxEvents();

        Label title = label(robot, "#caption-title");
        assertThat(title.getText()).hasSizeGreaterThan(300);
        double line = title.getFont().getSize() * 1.2;
        assertThat(title.getHeight()).isGreaterThan(line * 2.5).isLessThan(line * 3.5);
        robot.interact(() -> ViewPictures.write(robot.lookup("#caption").query().getParent(), "caption-long"));
    }

    @Test
    void presentationModeEnlargesTheType(FxRobot robot) {
        double normal = label(robot, "#caption-title").getFont().getSize();

        robot.interact(() -> model.setScale(CaptionViewModel.PRESENTATION_SCALE));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label(robot, "#caption-title").getFont().getSize())
                .isCloseTo(normal * CaptionViewModel.PRESENTATION_SCALE, org.assertj.core.data.Offset.offset(0.2));
        assertThat(robot.lookup("#caption").queryAs(javafx.scene.layout.Region.class).getWidth()).isGreaterThan(700);
        robot.interact(() -> ViewPictures.write(robot.lookup("#caption").query().getParent(), "caption-large"));
    }
}
