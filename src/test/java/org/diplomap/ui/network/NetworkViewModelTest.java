package org.diplomap.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.task.QueuedTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkViewModelTest {

    private final TimelineIndex index = TimelineIndex.of(Workspace.bundledDataset());
    private final QueuedTaskRunner tasks = new QueuedTaskRunner();
    private final List<Throwable> errors = new ArrayList<>();
    private final NetworkViewModel model = new NetworkViewModel(tasks, errors::add);
    private final List<LocalDate> answered = new ArrayList<>();

    @BeforeEach
    void load() {
        model.frameProperty().addListener((obs, old, frame) -> {
            if (frame != null) {
                answered.add(frame.snapshot().date());
            }
        });
        model.load(index, LocalDate.of(2021, 9, 1));
        tasks.runAll();
        answered.clear();
    }

    @Test
    void datesAskedWhileOneIsAnsweredReplaceEachOtherSoOnlyTheLatestIsDrawn() {
        model.showDate(LocalDate.of(2022, 1, 1));
        model.showDate(LocalDate.of(2023, 1, 1));
        model.showDate(LocalDate.of(2024, 1, 1));
        model.showDate(LocalDate.of(2025, 7, 3));

        assertThat(tasks.waiting()).isEqualTo(1);
        tasks.runAll();

        assertThat(answered).containsExactly(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 7, 3));
        assertThat(errors).isEmpty();
    }

    @Test
    void eachFrameCarriesTheChangesFromTheFrameBefore() {
        model.showDate(LocalDate.of(2025, 7, 2));
        tasks.runAll();
        model.showDate(LocalDate.of(2025, 7, 3));
        tasks.runAll();

        NetworkViewModel.Frame frame = model.frameProperty().get();
        assertThat(frame.diff().from()).isEqualTo(LocalDate.of(2025, 7, 2));
        assertThat(frame.diff().tiesAdded()).extracting(Tie::from, Tie::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RUS", TieType.RECOGNITION));
        assertThat(frame.diff().tiesRemoved()).isEmpty();
    }

    @Test
    void legendCountsFollowTheDateShown() {
        model.showDate(LocalDate.of(2026, 2, 1));
        tasks.runAll();

        for (TieType type : TieType.values()) {
            assertThat(model.countProperty(type).get())
                    .isEqualTo(index.snapshotAt(LocalDate.of(2026, 2, 1)).countsByType().get(type));
        }
        assertThat(model.countProperty(TieType.RECOGNITION).get()).isEqualTo(1);
    }

    @Test
    void pointingAtATieDescribesItWithItsDatesAndSource() {
        model.showDate(LocalDate.of(2025, 7, 3));
        tasks.runAll();
        Tie recognition = model.snapshotProperty().get().ties().stream()
                .filter(t -> t.type() == TieType.RECOGNITION).findFirst().orElseThrow();

        model.hoverTie(recognition);

        assertThat(model.hoverProperty().get()).startsWith("Russia \u2192 Afghanistan: Recognition, from 2025-07-03")
                .contains("Source: " + recognition.source());
    }
}
