package org.diplomap.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomap.model.Dataset;
import org.diplomap.model.TieType;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.timeline.TypeCounts;
import org.diplomap.ui.task.QueuedTaskRunner;
import org.junit.jupiter.api.Test;

class TieChartViewModelTest {

    private static final TimelineIndex BUNDLED = TimelineIndex.of(Workspace.bundledDataset());

    private final QueuedTaskRunner tasks = new QueuedTaskRunner();
    private final List<Throwable> errors = new ArrayList<>();
    private final TieChartViewModel model = new TieChartViewModel(tasks, errors::add);

    @Test
    void countsAreComputedOnTheRunnerNotWhenTheIndexArrives() {
        model.setIndex(BUNDLED);

        assertThat(model.curvesProperty().get()).isNull();
        assertThat(model.computingProperty().get()).isTrue();
        assertThat(tasks.waiting()).isEqualTo(1);

        tasks.runAll();

        assertThat(model.computingProperty().get()).isFalse();
        assertThat(model.curvesProperty().get().samples()).hasSize(TieChartViewModel.SAMPLES);
        assertThat(errors).isEmpty();
    }

    @Test
    void curvesSpanTheDataWithAMarginAndEndWithTheCountsOfTheLastDay() {
        model.setIndex(BUNDLED);
        tasks.runAll();

        TieChartViewModel.Curves curves = model.curvesProperty().get();
        LocalDate last = BUNDLED.lastDay().orElseThrow();
        assertThat(curves.first()).isEqualTo(BUNDLED.firstDay().orElseThrow().minusMonths(6));
        assertThat(curves.last()).isEqualTo(last.plusMonths(6));
        TypeCounts end = curves.samples().get(curves.samples().size() - 1);
        for (TieType type : TieType.values()) {
            assertThat(end.count(type)).isEqualTo(BUNDLED.snapshotAt(last).countsByType().get(type));
        }
        assertThat(curves.samples()).anyMatch(s -> s.count(TieType.RECOGNITION) == 3);
    }

    @Test
    void aFocusCountsOnlyThatStatesTiesAndNamesItInTheTitle() {
        model.setIndex(BUNDLED);
        tasks.runAll();
        assertThat(model.titleProperty().get()).isEqualTo("Active ties by type");

        model.focusProperty().set("RUS");
        assertThat(model.titleProperty().get()).isEqualTo("Active ties of Russia");
        tasks.runAll();

        TieChartViewModel.Curves curves = model.curvesProperty().get();
        assertThat(curves.focus()).isEqualTo("RUS");
        TypeCounts end = curves.samples().get(curves.samples().size() - 1);
        assertThat(end.total()).isEqualTo(3);
        assertThat(curves.samples()).allMatch(s -> s.count(TieType.RECOGNITION) <= 1);

        model.focusProperty().set(null);
        assertThat(model.titleProperty().get()).isEqualTo("Active ties by type");
    }

    @Test
    void requestsMadeWhileCountingAreAnsweredOnceWithTheLatest() {
        model.setIndex(BUNDLED);
        model.focusProperty().set("PAK");
        model.focusProperty().set("RUS");
        assertThat(tasks.waiting()).isEqualTo(1);

        List<String> shown = new ArrayList<>();
        model.curvesProperty().addListener((obs, old, curves) -> shown.add(curves.focus()));
        tasks.runAll();

        assertThat(shown).containsExactly("RUS");
    }

    @Test
    void theMarkerFollowsTheDateAsAFractionalYear() {
        model.dateProperty().set(LocalDate.of(2025, 7, 3));

        assertThat(model.markerYearProperty().get()).isCloseTo(2025.5, org.assertj.core.data.Offset.offset(0.01));

        model.dateProperty().set(LocalDate.of(1997, 1, 1));
        assertThat(model.markerYearProperty().get()).isEqualTo(1997.0);
        assertThat(TieChartViewModel.yearOf(LocalDate.of(2024, 12, 31))).isLessThan(2025).isGreaterThan(2024.99);
    }

    @Test
    void anEmptyIndexGivesNoCurves() {
        model.setIndex(TimelineIndex.of(Dataset.empty()));
        tasks.runAll();

        assertThat(model.curvesProperty().get().samples()).isEmpty();
        assertThat(errors).isEmpty();
    }
}
