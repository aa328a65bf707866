package org.diplomap.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomap.graph.NetworkGraph;
import org.diplomap.io.SyntheticWorld;
import org.diplomap.model.Tie;
import org.diplomap.graph.Layout;
import org.diplomap.model.State;
import org.diplomap.render.Camera;
import org.diplomap.render.Composition;
import org.diplomap.render.ScreenPicture;
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
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RUS", TieType.RECOGNITION),
                        org.assertj.core.groups.Tuple.tuple("RUS", TieType.AMBASSADOR));
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

    /** A dataset of just more ties than the graph holds as edges, on few states. */
    private static final TimelineIndex DENSE = TimelineIndex.of(SyntheticWorld.generate(
            new SyntheticWorld.Options(40, NetworkGraph.DENSE_TIES + 500, 1900, 2000, 3)));
    private NetworkViewModel denseModel(LocalDate day) {
        NetworkViewModel dense = new NetworkViewModel(tasks, errors::add);
        dense.load(DENSE, day);
        tasks.runAll();
        return dense;
    }

    @Test
    void noPictureIsDrawnBeforeTheViewHasASize() {
        model.showDate(LocalDate.of(2025, 7, 3));
        tasks.runAll();

        assertThat(model.frameProperty().get()).isNotNull();
        assertThat(model.pictureProperty().get()).isNull();
        assertThat(tasks.waiting()).isZero();
    }

    @Test
    void theFrameComesWithItsPictureAtTheSameDateForTheViewsSize() {
        assertThat(DENSE.tieCount()).isGreaterThan(NetworkGraph.DENSE_TIES);
        NetworkViewModel dense = denseModel(LocalDate.of(1950, 1, 1));
        dense.setSize(400, 300, 1);
        tasks.runAll();
        assertThat(dense.pictureProperty().get().composition().scene().snapshot().date())
                .isEqualTo(LocalDate.of(1950, 1, 1));

        dense.showDate(LocalDate.of(1990, 6, 1));
        assertThat(tasks.waiting()).isEqualTo(1);
        tasks.runAll();

        ScreenPicture picture = dense.pictureProperty().get();
        assertThat(picture.composition().scene().snapshot().date())
                .isEqualTo(dense.snapshotProperty().get().date()).isEqualTo(LocalDate.of(1990, 6, 1));
        assertThat(picture.composition().width()).isEqualTo(400);
        assertThat(java.util.Arrays.stream(picture.pixels()).filter(p -> p != 0xFFFFFFFF).count()).isPositive();
        assertThat(errors).isEmpty();
    }

    @Test
    void aHighDensityScreenGetsAPictureWithMorePixelsLaidOutTheSame() {
        model.showDate(LocalDate.of(2025, 7, 3));
        model.setSize(400, 300, 2);
        tasks.runAll();

        ScreenPicture picture = model.pictureProperty().get();
        assertThat(picture.pixelWidth()).isEqualTo(800);
        assertThat(picture.pixelHeight()).isEqualTo(600);
        assertThat(picture.composition().width()).isEqualTo(400);
    }

    @Test
    void zoomingAndOptionsRedrawThePictureOnceForTheLatestOnly() {
        NetworkViewModel dense = denseModel(LocalDate.of(1950, 1, 1));
        dense.setSize(400, 300, 1);
        tasks.runAll();
        List<ScreenPicture> drawn = new ArrayList<>();
        dense.pictureProperty().addListener((obs, old, now) -> drawn.add(now));

        Camera zoomed = new Camera(0.5, new Layout.Point(1, 2));
        dense.setCamera(new Camera(0.7, null));
        dense.setCamera(zoomed);
        dense.setCamera(zoomed);
        dense.focus(DENSE.states().get(0).code());
        assertThat(tasks.waiting()).isEqualTo(1);
        tasks.runAll();

        // The first camera went to the worker at once; the rest waited and were drawn as one.
        assertThat(drawn).hasSize(2);
        ScreenPicture picture = dense.pictureProperty().get();
        assertThat(picture.camera()).isEqualTo(zoomed);
        assertThat(picture.composition().scene().options().focus()).isEqualTo(DENSE.states().get(0).code());
        assertThat(dense.frameProperty().get().snapshot().date()).isEqualTo(LocalDate.of(1950, 1, 1));
    }

    @Test
    void pointingAtAStateRedrawsThePictureWithItsNameAndTiesStressed() {
        model.showDate(LocalDate.of(2025, 7, 3));
        model.setSize(500, 400, 1);
        tasks.runAll();
        State russia = model.networkProperty().get().index().state("RUS").orElseThrow();

        model.hoverState(russia);
        tasks.runAll();

        Composition composition = model.pictureProperty().get().composition();
        assertThat(composition.scene().display().hovered()).isEqualTo("RUS");
        assertThat(composition.names()).containsKey("RUS");
        assertThat(composition.tieLooks().entrySet()).filteredOn(e -> e.getKey().contains("RUS"))
                .isNotEmpty().allMatch(e -> e.getValue() == Composition.TieLook.STRESSED);
    }
}
