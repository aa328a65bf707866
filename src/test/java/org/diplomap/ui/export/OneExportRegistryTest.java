package org.diplomap.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.diplomap.cli.DiplomapCommand;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.TieType;
import org.diplomap.render.Animation;
import org.diplomap.render.ExportOptions;
import org.diplomap.render.export.ExportFormat;
import org.diplomap.render.export.ExportFormats;
import org.diplomap.render.export.ExportSource;
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.H2Workspaces;
import org.diplomap.ui.task.QueuedTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The export window and the command line export through one table of formats: each offers every format of it,
 * and the same options give the same files.
 */
class OneExportRegistryTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 3);

    static final List<ExportFormat> FORMATS = ExportFormats.ALL;

    @TempDir
    Path dir;

    private final Preferences preferences = Preferences.userRoot()
            .node("org/diplomap/export-registry-test-" + System.nanoTime());
    private final QueuedTaskRunner runner = new QueuedTaskRunner();

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    private Path database() {
        return dir.resolve("db");
    }

    private void runCommandLine(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", database().toString(), "export"));
        all.addAll(List.of(args));
        StringWriter err = new StringWriter();
        int status = DiplomapCommand.run(all.toArray(String[]::new), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertThat(status).as(err.toString()).isZero();
    }

    /** The command line's options for what {@code format} needs, on a small picture. */
    private static List<String> optionsFor(ExportFormat format) {
        List<String> options = new ArrayList<>();
        switch (format.needs()) {
            case DATE -> options.addAll(List.of("--date", DAY.toString()));
            case SPAN -> options.addAll(List.of("--from", "2025-01", "--to", "2025-12", "--step", "1m"));
            case NOTHING -> { }
        }
        options.addAll(List.of("--width", "320", "--height", "200"));
        return options;
    }

    /** The window set as {@link #optionsFor} sets the command line, showing the database's network. */
    private ExportViewModel window(Workspace workspace, ExportFormat format) {
        ExportViewModel model = new ExportViewModel(runner, Runnable::run, preferences, ExportFormats.ALL);
        model.setSource(ExportSource.computingLayouts(workspace.index(), workspace.store()::load), DAY);
        model.formatProperty().set(format.name());
        model.widthProperty().set(320);
        model.heightProperty().set(200);
        model.fromProperty().set(LocalDate.of(2025, 1, 1));
        model.toProperty().set(LocalDate.of(2025, 12, 1));
        model.stepProperty().set(Animation.Step.MONTH);
        runner.runAll();
        return model;
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void theWindowOffersEveryFormatOfTheTableInItsOrder() {
        ExportViewModel model = new ExportViewModel(runner, Runnable::run, preferences, ExportFormats.ALL);

        assertThat(model.formatNames()).containsExactlyElementsOf(
                ExportFormats.ALL.stream().map(ExportFormat::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("FORMATS")
    void everyFormatIsAcceptedByTheCommandLineAndWrittenAlikeByTheWindow(ExportFormat format) throws Exception {
        Path byCommand = dir.resolve("command");
        Path byWindow = dir.resolve("window");
        List<String> args = new ArrayList<>(optionsFor(format));
        args.addAll(List.of("--out", byCommand.resolve("x." + format.extension()).toString()));

        runCommandLine(args.toArray(String[]::new));
        try (Workspace workspace = H2Workspaces.open(database())) {
            ExportViewModel model = window(workspace, format);
            model.export(byWindow.resolve("x." + format.extension()));
            runner.runAll();
            assertThat(model.messageProperty().get()).startsWith("Exported");
        }

        List<Path> written = filesIn(byCommand);
        assertThat(written).isNotEmpty();
        assertThat(filesIn(byWindow)).extracting(Path::getFileName)
                .containsExactlyElementsOf(written.stream().map(Path::getFileName).toList());
        for (Path file : written) {
            Path twin = byWindow.resolve(file.getFileName());
            if (format.name().equals("pdf")) {
                // A PDF carries the time it was made; its text is what must agree.
                assertThat(pdfText(twin)).isEqualTo(pdfText(file));
            } else {
                assertThat(Files.readAllBytes(twin)).as(file.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(file));
            }
        }
    }

    @Test
    void theWindowsCsvLeavesOutTheTiesOfATypeHiddenInTheWindowAsTheCommandLinesDoes() throws Exception {
        Path byCommand = dir.resolve("command.csv");
        Path byWindow = dir.resolve("window.csv");
        ExportFormat csv = ExportFormats.named("csv").orElseThrow();

        runCommandLine("--date", DAY.toString(), "--filter", "recognition,engagement", "--out", byCommand.toString());
        try (Workspace workspace = H2Workspaces.open(database())) {
            assertThat(workspace.index().snapshotAt(DAY).countsByType().get(TieType.AMBASSADOR)).isPositive();
            ExportViewModel model = window(workspace, csv);
            model.setShown(LayoutKind.NETWORK, ExportOptions.DEFAULT.withHiddenTypes(Set.of(TieType.AMBASSADOR)));
            model.export(byWindow);
            runner.runAll();
        }

        List<String> lines = Files.readAllLines(byWindow);
        assertThat(lines).hasSizeGreaterThan(1).noneMatch(line -> line.contains(",ambassador,"))
                .anyMatch(line -> line.contains(",recognition,"));
        assertThat(lines).isEqualTo(Files.readAllLines(byCommand));
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
