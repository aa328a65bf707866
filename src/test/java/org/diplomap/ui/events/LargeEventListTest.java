package org.diplomap.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A history of 100,000 ties, each started and ended: 200,000 events in the list. */
@ExtendWith(ApplicationExtension.class)
class LargeEventListTest {

    private static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);
    private static final TimelineIndex LARGE = TimelineIndex.of(largeDataset());

    private EventListViewModel model;

    private static Dataset largeDataset() {
        Random random = new Random(7);
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            LocalDate start = EPOCH.plusDays(random.nextInt(44_000));
            // Each pair once, so no two ties of a pair and type overlap.
            ties.add(new Tie("F" + i % 400, "T" + i / 400, TieType.values()[i % 3], PartialDate.ofDay(start),
                    PartialDate.ofDay(start.plusDays(1 + random.nextInt(3_000))), null, null, null));
        }
        return new Dataset("large", List.of(), ties, List.of());
    }

    @Start
    void start(Stage stage) {
        model = new EventListViewModel(day -> { });
        model.setIndex(LARGE);
        stage.setScene(new Scene(new EventListView(model), 560, 420));
        stage.show();
    }

    @Test
    void theListFollowsTheDateThroughTwoHundredThousandEvents(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<?> list = robot.lookup("#event-list").queryAs(ListView.class);
        VirtualFlow<?> flow = robot.lookup("#event-list .virtual-flow").queryAs(VirtualFlow.class);
        assertThat(list.getItems()).hasSize(200_000);

        for (LocalDate day : List.of(LocalDate.of(1950, 6, 1), LocalDate.of(1901, 2, 3), LocalDate.of(2019, 12, 31))) {
            robot.interact(() -> model.dateProperty().set(day));
            WaitForAsyncUtils.waitForFxEvents();

            int expected = LARGE.currentEventAt(day);
            assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(expected);
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            assertThat(expected).isBetween(first.getIndex(), last.getIndex());
        }
    }
}
