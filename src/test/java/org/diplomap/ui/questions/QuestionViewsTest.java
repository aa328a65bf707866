package org.diplomap.ui.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.diplomap.graph.DisplayOptions;
import org.diplomap.io.DatasetReader;
import org.diplomap.model.Confidence;
import org.diplomap.model.TieType;
import org.diplomap.timeline.Ranking;
import org.diplomap.timeline.SideChange;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.ViewPictures;
import org.diplomap.ui.task.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The list of who changed sides and the ranking table, on the two Chinas. */
@ExtendWith(ApplicationExtension.class)
class QuestionViewsTest {

    private static final TimelineIndex TWO_CHINAS = load();

    private final List<LocalDate> wentTo = new ArrayList<>();
    private final List<String> selected = new ArrayList<>();
    private ChangesViewModel changes;
    private RankingViewModel ranking;

    private static TimelineIndex load() {
        try {
            return TimelineIndex.of(new DatasetReader().read(Path.of("assets", "data", "two-chinas.json")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Start
    void start(Stage stage) {
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        changes = new ChangesViewModel(tasks, e -> { throw new AssertionError(e); }, day -> {
            wentTo.add(day);
            changes.dateProperty().set(day);
        }, selected::add);
        ranking = new RankingViewModel(tasks, e -> { throw new AssertionError(e); }, selected::add);
        changes.setIndex(TWO_CHINAS);
        ranking.setIndex(TWO_CHINAS);
        changes.dateProperty().set(LocalDate.of(1975, 1, 1));
        changes.compareDateProperty().set(LocalDate.of(1970, 1, 1));
        changes.optionsProperty().set(DisplayOptions.DEFAULT.withType(TieType.AMBASSADOR, false)
                .withType(TieType.ENGAGEMENT, false));
        ranking.dateProperty().set(LocalDate.of(2024, 2, 1));
        ranking.compareDateProperty().set(LocalDate.of(1971, 1, 1));
        ranking.typeProperty().set(TieType.RECOGNITION);
        ChangesView changesView = new ChangesView(changes);
        changesView.setPrefWidth(420);
        RankingView rankingView = new RankingView(ranking);
        rankingView.setPrefWidth(420);
        stage.setScene(new Scene(new HBox(10, changesView, rankingView), 860, 600));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static ListView<SideChange> list(FxRobot robot) {
        return robot.lookup("#changes-list").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Ranking.Row> table(FxRobot robot) {
        return robot.lookup("#ranking-table").queryAs(TableView.class);
    }

    @Test
    void theChangesOfTheComparedPeriodAreListedByDateJapansSwitchAmongThem(FxRobot robot) {
        List<SideChange> rows = list(robot).getItems();

        assertThat(rows).isNotEmpty().isSortedAccordingTo(org.diplomap.timeline.SideChanges.ORDER);
        assertThat(rows).allMatch(c -> c.type() == TieType.RECOGNITION);
        assertThat(rows).anyMatch(c -> c.state().equals("JPN") && c.kind() == SideChange.Kind.SWITCH
                && c.date().toString().equals("1972-09-29"));
        assertThat(changes.summaryProperty().get()).startsWith("1970-01-01 to 1975-01-01: ");
        robot.interact(() -> ViewPictures.write(robot.lookup("#changes-view").query(), "changes"));
    }

    @Test
    void clickingAChangeGoesToItsDayAndSelectsItsStateAndTheListKeepsItsPeriod(FxRobot robot) {
        int japan = list(robot).getItems().indexOf(list(robot).getItems().stream()
                .filter(c -> c.state().equals("JPN")).findFirst().orElseThrow());
        robot.interact(() -> list(robot).scrollTo(japan));
        WaitForAsyncUtils.waitForFxEvents();
        int before = list(robot).getItems().size();

        robot.clickOn(robot.lookup("#changes-list .list-cell")
                .match((ListCell<?> cell) -> cell.getIndex() == japan).queryAs(ListCell.class));

        assertThat(wentTo).containsExactly(LocalDate.of(1972, 9, 29));
        assertThat(selected).containsExactly("JPN");
        assertThat(list(robot).getItems()).hasSize(before);
        assertThat(changes.toProperty().get()).isEqualTo(LocalDate.of(1975, 1, 1));
    }

    @Test
    void theRankingPutsBeijingFirstAndAClickOnARowSelectsItsState(FxRobot robot) {
        assertThat(table(robot).getItems().get(0).code()).isEqualTo("CHN");
        assertThat(table(robot).getItems().get(1).code()).isEqualTo("TWN");
        assertThat(table(robot).getColumns().stream().filter(c -> "ranking-received-change".equals(c.getId()))
                .findFirst().orElseThrow().isVisible()).isTrue();

        robot.clickOn(robot.lookup("#ranking-table .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == 1).queryAs(TableRow.class));

        assertThat(selected).containsExactly("TWN");
        robot.interact(() -> ViewPictures.write(robot.lookup("#ranking-view").query(), "ranking"));
    }

    @Test
    void clickingAColumnHeaderSortsTheTableByIt(FxRobot robot) {
        javafx.scene.Node header = robot.lookup("#ranking-table .column-header")
                .match((javafx.scene.Node h) -> "ranking-received-change".equals(h.getId())).query();
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();

        List<Integer> changesShown = table(robot).getItems().stream().map(Ranking.Row::receivedChange).toList();
        assertThat(changesShown).isSorted();
        assertThat(table(robot).getItems().get(0).code()).isEqualTo("TWN");
    }

    @Test
    void theRankingCountsOnlyTheTiesAsSureAsTheNetworkShows(FxRobot robot) {
        int all = table(robot).getItems().get(0).received();

        robot.interact(() -> ranking.leastConfidenceProperty().set(Confidence.HIGH));

        assertThat(table(robot).getItems().get(0).received()).isLessThan(all);
        assertThat(robot.lookup("#ranking-heading").queryLabeled().getText()).contains("high confidence");
    }
}
