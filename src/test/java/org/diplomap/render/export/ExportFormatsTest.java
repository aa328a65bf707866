package org.diplomap.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import org.diplomap.model.Dataset;
import org.diplomap.render.Animation;
import org.diplomap.render.ExportOptions;
import org.diplomap.render.export.InvalidExportException.Option;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFormatsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 3);
    private static final Dataset DATASET = Workspace.bundledDataset();
    private static final ExportSource SOURCE = ExportSource.computingLayouts(TimelineIndex.of(DATASET), () -> DATASET);

    @TempDir
    Path dir;

    private static ExportFormat format(String name) {
        return ExportFormats.named(name).orElseThrow();
    }

    private static ExportRequest small() {
        return ExportRequest.DEFAULT.withSize(200, 120).withDate(DAY);
    }

    private static Option invalidOption(String format, ExportRequest request) {
        try {
            format(format).check(SOURCE, request);
        } catch (InvalidExportException e) {
            return e.option();
        }
        return null;
    }

    @Test
    void formatsSharingAnExtensionAreToldApartByWhatTheyNeed() {
        assertThat(ExportFormats.withExtension("json")).extracting(ExportFormat::name).containsExactly("json", "dataset");
        assertThat(ExportFormats.withExtension("png")).extracting(ExportFormat::name)
                .containsExactly("png", ExportFormats.PNG_SEQUENCE);
        assertThat(ExportFormats.ALL).extracting(ExportFormat::name).doesNotHaveDuplicates();
        for (String extension : ExportFormats.extensions()) {
            assertThat(ExportFormats.withExtension(extension)).extracting(ExportFormat::needs).doesNotHaveDuplicates();
        }
    }

    @Test
    void aCheckNamesTheOptionThatCannotWork() {
        assertThat(invalidOption("png", small().withDate(null))).isEqualTo(Option.DATE);
        assertThat(invalidOption("svg", small().withSize(0, 100))).isEqualTo(Option.WIDTH);
        assertThat(invalidOption("png", small().withScale(0))).isEqualTo(Option.SCALE);
        assertThat(invalidOption("gif", small().withSpan(DAY, DAY.minusDays(1), Animation.Step.EVENT)))
                .isEqualTo(Option.TO);
        assertThat(invalidOption("gif", small().withSpan(DAY, DAY, Animation.Step.EVENT).withFrameMillis(0)))
                .isEqualTo(Option.FRAME_MS);
        assertThat(invalidOption("csv", small().withDisplay(ExportOptions.DEFAULT.withFocus("XYZ"))))
                .isEqualTo(Option.FOCUS);
        assertThat(invalidOption("gexf", small().withDate(null).withSize(0, 0))).isNull();
        assertThat(invalidOption("png", small())).isNull();
    }

    @Test
    void aCancelledAnimationLeavesTheFileThatWasThere() throws IOException {
        Path gif = Files.writeString(dir.resolve("map.gif"), "the last export");
        ExportRequest request = small().withSpan(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1), Animation.Step.YEAR);
        int[] frames = {0};

        assertThatThrownBy(() -> format("gif").write(SOURCE, request, gif, (done, total) -> frames[0] = done,
                () -> frames[0] >= 2)).isInstanceOf(CancellationException.class);

        assertThat(gif).hasContent("the last export");
        assertThat(dir).isDirectoryNotContaining(p -> !p.equals(gif));
    }

    @Test
    void aFailedExportOfTheDatasetLeavesTheFileThatWasThere() throws IOException {
        Path json = Files.writeString(dir.resolve("case.json"), "the last export");
        ExportSource unreadable = new ExportSource(SOURCE.index(), SOURCE::layout, () -> {
            throw new IOException("the database is gone");
        });

        assertThatThrownBy(() -> format("dataset").write(unreadable, ExportRequest.DEFAULT, json,
                Animation.Progress.NONE, () -> false)).hasMessageContaining("gone");

        assertThat(json).hasContent("the last export");
        assertThat(dir).isDirectoryNotContaining(p -> !p.equals(json));
    }

    @Test
    void anExportReplacesTheFileThatWasThere() throws IOException {
        Path csv = Files.writeString(dir.resolve("ties.csv"), "the last export");

        format("csv").write(SOURCE, small(), csv, Animation.Progress.NONE, () -> false);

        assertThat(Files.readAllLines(csv).get(0)).startsWith("from,to,type");
        assertThat(dir).isDirectoryNotContaining(p -> !p.equals(csv));
    }
}
