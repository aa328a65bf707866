package org.diplomap.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private final TimelineViewModel model = new TimelineViewModel();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new TimelineView(model), 1000, 120));
        stage.show();
    }

    @Test
    void whileTheDatabaseOpensNeitherTodayNorYearsOf1970AreShown(FxRobot robot) {
        Slider slider = robot.lookup("#timeline-slider").queryAs(Slider.class);
        Label date = robot.lookup("#timeline-date").queryAs(Label.class);

        assertThat(date.getText()).isEmpty();
        assertThat(slider.isShowTickLabels()).isFalse();

        robot.interact(() -> model.setIndex(TimelineIndex.of(Workspace.bundledDataset())));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(date.getText()).isNotEmpty();
        assertThat(slider.isShowTickLabels()).isTrue();
    }
}
