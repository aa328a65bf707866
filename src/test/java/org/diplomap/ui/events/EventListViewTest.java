package org.diplomap.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineEvent;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.ViewPictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EventListViewTest {

    private static final TimelineIndex BUNDLED = TimelineIndex.of(Workspace.bundledDataset());

    /** Stands for the timeline's date: the go-to callback moves it, as the window's timeline would. */
    private final ObjectProperty<LocalDate> timelineDate = new SimpleObjectProperty<>(LocalDate.of(2025, 7, 3));
    private final List<LocalDate> wentTo = new ArrayList<>();

    @Start
    void start(Stage stage) {
        EventListViewModel model = new EventListViewModel(day -> {
            wentTo.add(day);
            timelineDate.set(day);
        });
        model.setIndex(BUNDLED);
        model.dateProperty().bind(timelineDate);
        stage.setScene(new Scene(new EventListView(model), 560, 420));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static ListView<TimelineEvent> list(FxRobot robot) {
        return robot.lookup("#event-list").queryAs(ListView.class);
    }

    private static TimelineEvent selected(FxRobot robot) {
        return list(robot).getSelectionModel().getSelectedItem();
    }

    private static Node cellOf(FxRobot robot, int position) {
        return robot.lookup("#event-list .list-cell").match((ListCell<?> cell) -> cell.getIndex() == position)
                .query();
    }

    private static boolean isInSight(FxRobot robot, int position) {
        VirtualFlow<?> flow = robot.lookup("#event-list .virtual-flow").queryAs(VirtualFlow.class);
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first.getIndex() <= position && position <= last.getIndex();
    }

    @Test
    void listsEveryEventAndSelectsTheCurrentOne(FxRobot robot) {
        assertThat(list(robot).getItems()).hasSize(BUNDLED.events().size());
        assertThat(selected(robot).title()).startsWith("Russia \u2192 Afghanistan: ");
        robot.interact(() -> ViewPictures.write(robot.lookup("#event-list-view").query(), "event-list"));
    }

    @Test
    void selectsAndScrollsToTheCurrentEventWhenTheDateChanges(FxRobot robot) {
        robot.interact(() -> timelineDate.set(LocalDate.of(1998, 1, 1)));
        WaitForAsyncUtils.waitForFxEvents();

        TimelineEvent current = selected(robot);
        assertThat(current.date().toString()).isEqualTo("1997-05-26");
        assertThat(isInSight(robot, list(robot).getSelectionModel().getSelectedIndex())).isTrue();

        robot.interact(() -> timelineDate.set(LocalDate.of(2024, 8, 25)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selected(robot).date().toString()).isEqualTo("2024-08-21");
        assertThat(isInSight(robot, list(robot).getSelectionModel().getSelectedIndex())).isTrue();

        robot.interact(() -> timelineDate.set(LocalDate.of(1990, 1, 1)));
        assertThat(list(robot).getSelectionModel().isEmpty()).isTrue();
    }

    @Test
    void clickingAnEventGoesToItsDate(FxRobot robot) {
        robot.interact(() -> timelineDate.set(LocalDate.of(1998, 1, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        int position = list(robot).getSelectionModel().getSelectedIndex() + 2;
        TimelineEvent clicked = list(robot).getItems().get(position);

        robot.clickOn(cellOf(robot, position));

        assertThat(wentTo).containsExactly(clicked.date().firstDay());
        assertThat(timelineDate.get()).isEqualTo(clicked.date().firstDay());
        assertThat(selected(robot)).isEqualTo(clicked);
    }

    @Test
    void enterOnTheSelectedEventGoesToItsDate(FxRobot robot) {
        robot.interact(() -> timelineDate.set(LocalDate.of(1998, 1, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> list(robot).requestFocus());

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        TimelineEvent next = BUNDLED.events().get(BUNDLED.eventsUpTo(LocalDate.of(1998, 1, 1)));
        assertThat(wentTo).containsExactly(next.date().firstDay());
        assertThat(selected(robot)).isEqualTo(next);
    }
}
