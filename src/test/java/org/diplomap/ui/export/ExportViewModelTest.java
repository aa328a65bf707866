package org.diplomap.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.diplomap.model.Dataset;
import org.diplomap.render.Animation;
import org.diplomap.render.export.ExportFormat;
import org.diplomap.render.export.ExportFormats;
import org.diplomap.render.export.ExportRequest;
import org.diplomap.render.export.ExportSource;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.task.QueuedTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 3);

    private static TimelineIndex index;
    private static ExportSource source;

    @TempDir
    Path dir;

    private final Preferences preferences = Preferences.userRoot()
            .node("org/diplomap/export-test-" + System.nanoTime());
    private final QueuedTaskRunner runner = new QueuedTaskRunner();

    @BeforeAll
    static void bundled() {
        Dataset dataset = Workspace.bundledDataset();
        index = TimelineIndex.of(dataset);
        source = ExportSource.computingLayouts(index, () -> dataset);
    }

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    private ExportViewModel model() {
        return model(ExportFormats.ALL);
    }

    private ExportViewModel model(List<ExportFormat> formats) {
        ExportViewModel model = new ExportViewModel(runner, Runnable::run, preferences, formats);
        model.setSource(source, DAY);
        return model;
    }

    @Test
    void aPngExportRunsOnTheRunnerAndEndsAtFullProgress() throws Exception {
        ExportViewModel model = model();
        model.widthProperty().set(400);
        model.heightProperty().set(250);
        runner.runAll();
        Path out = dir.resolve("map.png");

        model.export(out);

        assertThat(model.exportingProperty().get()).isTrue();
        assertThat(out).doesNotExist();
        runner.runAll();
        assertThat(model.exportingProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(400);
        assertThat(model.messageProperty().get()).contains("map.png");
    }

    @Test
    void aGifReportsProgressFrameByFrame() {
        ExportViewModel model = model();
        model.formatProperty().set("gif");
        model.widthProperty().set(200);
        model.heightProperty().set(120);
        model.fromProperty().set(LocalDate.of(2024, 1, 1));
        model.toProperty().set(LocalDate.of(2024, 5, 1));
        model.stepProperty().set(Animation.Step.MONTH);
        runner.runAll();
        List<Double> seen = new ArrayList<>();
        model.progressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue()));

        model.export(dir.resolve("a.gif"));
        runner.runAll();

        assertThat(seen).containsSequence(0.2, 0.4, 0.6, 0.8, 1.0);
        assertThat(dir.resolve("a.gif")).isRegularFile();
    }

    @Test
    void theFolderAndOptionsAreRememberedForTheNextDialog() {
        ExportViewModel first = model();
        first.formatProperty().set("png-sequence");
        first.widthProperty().set(640);
        first.heightProperty().set(360);
        first.stepProperty().set(Animation.Step.YEAR);
        first.fromProperty().set(LocalDate.of(2020, 1, 1));
        first.export(dir.resolve("frames").resolve("map.png"));
        runner.runAll();

        ExportViewModel next = new ExportViewModel(new QueuedTaskRunner(), Runnable::run, preferences,
                ExportFormats.ALL);

        assertThat(next.folderProperty().get()).isEqualTo(dir.resolve("frames").toAbsolutePath());
        assertThat(next.formatProperty().get()).isEqualTo("png-sequence");
        assertThat(next.widthProperty().get()).isEqualTo(640);
        assertThat(next.heightProperty().get()).isEqualTo(360);
        assertThat(next.stepProperty().get()).isEqualTo(Animation.Step.YEAR);
    }

    @Test
    void theFileChooserOpensInTheLastFolderElseInTheDocumentsElseAtHome() throws Exception {
        Path home = java.nio.file.Files.createDirectories(dir.resolve("home"));
        Path last = java.nio.file.Files.createDirectories(dir.resolve("exports"));

        assertThat(ExportViewModel.startFolder(null, home)).isEqualTo(home);
        Path documents = java.nio.file.Files.createDirectories(home.resolve("Documents"));
        assertThat(ExportViewModel.startFolder(null, home)).isEqualTo(documents);
        assertThat(ExportViewModel.startFolder(dir.resolve("gone"), home)).isEqualTo(documents);
        assertThat(ExportViewModel.startFolder(last, home)).isEqualTo(last);
    }

    @Test
    void aFreshNodeStartsFromTheDefaults() {
        ExportViewModel model = new ExportViewModel(runner, Runnable::run, preferences, ExportFormats.ALL);

        assertThat(model.folderProperty().get()).isNull();
        assertThat(model.formatProperty().get()).isEqualTo("png");
    }

    @Test
    void changingTheFormatOrSizeDrawsANewPreviewAndOnlyTheNewestIsKept() {
        ExportViewModel model = model();
        runner.runAll();
        assertThat(model.previewProperty().get()).isNotNull();
        assertThat(model.previewProperty().get().getWidth()).isEqualTo(ExportViewModel.PREVIEW_WIDTH);

        model.widthProperty().set(900);
        model.heightProperty().set(900);
        assertThat(runner.waiting()).isEqualTo(2);
        runner.runAll();

        assertThat(model.previewProperty().get().getHeight()).isEqualTo(ExportViewModel.PREVIEW_WIDTH);
    }

    @Test
    void thePreviewIsTheExportLaidOutAtItsOwnSizeAndDrawnSmall() {
        ExportViewModel model = model();
        runner.runAll();
        java.awt.image.BufferedImage preview = model.previewProperty().get();

        ExportRequest asked = ExportRequest.DEFAULT.withSize(model.widthProperty().get(), model.heightProperty().get())
                .withDate(DAY);
        double scale = (double) ExportViewModel.PREVIEW_WIDTH / asked.width();
        java.awt.image.BufferedImage export = new org.diplomap.render.SnapshotRenderer()
                .render(source.scene(DAY, asked), asked.width(), asked.height(), scale);
        assertThat(preview.getWidth()).isEqualTo(export.getWidth());
        assertThat(preview.getHeight()).isEqualTo(export.getHeight());
        for (int y = 0; y < preview.getHeight(); y += 7) {
            for (int x = 0; x < preview.getWidth(); x += 7) {
                assertThat(preview.getRGB(x, y)).as("%d,%d", x, y).isEqualTo(export.getRGB(x, y));
            }
        }
    }

    @Test
    void aFormatThatIsNotOfferedIsNotWritten() {
        List<ExportFormat> withoutSvg = ExportFormats.ALL.stream().filter(f -> !f.name().equals("svg")).toList();
        ExportViewModel model = model(withoutSvg);

        model.formatProperty().set("svg");
        model.export(dir.resolve("map.svg"));
        runner.runAll();

        assertThat(model.availableProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("SVG").contains("not available");
        assertThat(dir.resolve("map.svg")).doesNotExist();
    }

    @Test
    void aFormatPluggedInIsUsedForItsName() {
        List<ExportFormat> formats = ExportFormats.ALL.stream()
                .map(f -> !f.name().equals("csv") ? f : new ExportFormat("csv", "csv", f.needs(), f.kind(), false,
                        f.description(), (from, request, out, progress, cancelled) -> {
                            Files.writeString(out, "ties," + from.index().snapshotAt(request.date()).ties().size());
                            return List.of(out);
                        }))
                .toList();
        ExportViewModel model = model(formats);
        model.formatProperty().set("csv");

        model.export(dir.resolve("ties.csv"));
        runner.runAll();

        assertThat(model.availableProperty().get()).isTrue();
        assertThat(dir.resolve("ties.csv")).content().startsWith("ties,");
        assertThat(model.suggestedFileName()).isEqualTo("diplomap-2025-07-03.csv");
    }

    @Test
    void cancellingStopsTheExportLeavesNoFileAndSaysSo() throws Exception {
        ExportViewModel model = model();
        model.formatProperty().set("png-sequence");
        model.widthProperty().set(120);
        model.heightProperty().set(90);
        model.fromProperty().set(LocalDate.of(2010, 1, 1));
        model.toProperty().set(LocalDate.of(2020, 1, 1));
        model.stepProperty().set(Animation.Step.YEAR);
        runner.runAll();
        model.progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() >= 3.0 / 11) {
                model.cancel();
            }
        });

        model.export(dir.resolve("seq.png"));
        runner.runAll();

        assertThat(model.exportingProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("cancelled");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anEndBeforeTheStartIsReportedWithoutExporting() {
        ExportViewModel model = model();
        model.formatProperty().set("gif");
        model.fromProperty().set(LocalDate.of(2024, 1, 1));
        model.toProperty().set(LocalDate.of(2023, 1, 1));
        runner.runAll();

        model.export(dir.resolve("a.gif"));

        assertThat(runner.waiting()).isZero();
        assertThat(model.exportingProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("before");
    }

}
