package org.diplomap.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.diplomap.store.BundledCase;
import org.diplomap.store.DatasetFolder;
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.H2Store;
import org.diplomap.store.h2.H2Workspaces;
import org.diplomap.store.h2.HoldDatabaseOpen;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.shell.ShellViewModel;
import org.diplomap.ui.task.QueuedTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesViewModelTest {

    static final String NORTHLAND = """
            {"format": "diplomap-dataset", "version": 1, "title": "Northland",
             "states": [{"code": "XNL", "name": "Northland"}],
             "ties": [{"from": "NOR", "to": "XNL", "type": "recognition", "start": "1991"}]}
            """;

    @TempDir
    Path dir;

    private final QueuedTaskRunner tasks = new QueuedTaskRunner();
    private final QueuedTaskRunner waitTasks = new QueuedTaskRunner();
    private final ShellViewModel shell = new ShellViewModel(tasks);
    private Preferences preferences;
    private FilesViewModel files;

    @BeforeEach
    void openTheStartDatabase() {
        preferences = Preferences.userRoot().node("diplomap-test/" + UUID.randomUUID());
        files = new FilesViewModel(shell, waitTasks, new RecentFiles(preferences), new DatasetFolder(dir.resolve("home"), H2Store::open));
        files.openAtStart(dir.resolve("start"));
        tasks.runAll();
        assertThat(shell.errorProperty().get()).isEmpty();
    }

    @AfterEach
    void close() throws Exception {
        tasks.runAll();
        shell.close();
        preferences.removeNode();
    }

    @Test
    void theStartDatabaseIsSeededNamedInTheTitleAndRemembered() {
        assertThat(shell.indexProperty().get().ties()).hasSameSizeAs(Workspace.bundledDataset().ties());
        assertThat(shell.titleProperty().get()).isEqualTo("Diplomap \u2014 " + BundledCase.AFGHANISTAN.title()
                + " \u2014 start.mv.db");
        assertThat(files.recentFiles()).containsExactly(new FilesViewModel.RecentFile(dir.resolve("start.mv.db"), true));
    }

    @Test
    void newMakesAnEmptyDatabaseThatStaysEmptyWhenOpenedAgain() {
        files.newDatabase(dir.resolve("fresh.mv.db"));
        tasks.runAll();

        assertThat(shell.indexProperty().get().ties()).isEmpty();
        assertThat(shell.indexProperty().get().states()).isEmpty();
        assertThat(shell.titleProperty().get()).isEqualTo("Diplomap \u2014 fresh.mv.db");

        files.open(dir.resolve("start.mv.db"));
        tasks.runAll();
        files.open(dir.resolve("fresh.mv.db"));
        tasks.runAll();
        assertThat(shell.indexProperty().get().ties()).isEmpty();
        assertThat(files.recentFiles()).extracting(FilesViewModel.RecentFile::path)
                .containsExactly(dir.resolve("fresh.mv.db"), dir.resolve("start.mv.db"));
    }

    @Test
    void newOverAnExistingDatabaseIsRefusedAndWhatWasOpenStays() {
        TimelineIndex before = shell.indexProperty().get();

        files.newDatabase(dir.resolve("start.mv.db"));
        tasks.runAll();

        assertThat(shell.errorProperty().get()).isEqualTo("The database " + dir.resolve("start.mv.db")
                + " already exists: choose another name, or open it.");
        assertThat(shell.indexProperty().get()).isSameAs(before);
        assertThat(shell.storeProperty().get().load().ties()).isNotEmpty();
    }

    @Test
    void aDatasetFileOpensAsADatabaseOfItsOwnAndTheTitleNamesIt() throws Exception {
        Path file = write("northland.json", NORTHLAND);

        files.open(file);
        tasks.runAll();

        assertThat(shell.errorProperty().get()).isEmpty();
        assertThat(shell.titleProperty().get()).isEqualTo("Diplomap \u2014 Northland \u2014 northland.json");
        assertThat(shell.storeProperty().get().location()).isEqualTo(dir.resolve("home/files/northland.mv.db").toString());
        assertThat(shell.indexProperty().get().ties()).hasSize(1);
        assertThat(files.recentFiles().get(0)).isEqualTo(new FilesViewModel.RecentFile(file, true));
    }

    @Test
    void aDatasetWithAnErrorIsReportedWithItsPlaceAndWhatWasOpenStaysOpen() throws Exception {
        TimelineIndex before = shell.indexProperty().get();
        Path file = write("bad.json", NORTHLAND.replace("recognition", "treaty"));

        files.open(file);
        tasks.runAll();

        assertThat(shell.errorProperty().get()).startsWith(file + ": ties[0].type: unknown tie type 'treaty'");
        assertThat(shell.indexProperty().get()).isSameAs(before);
        assertThat(shell.storeProperty().get().load().ties()).hasSameSizeAs(before.ties());
        assertThat(files.recentFiles()).extracting(FilesViewModel.RecentFile::path).doesNotContain(file);
    }

    @Test
    void aFileThatIsNeitherIsRefusedWithAClearMessage() throws Exception {
        Path notes = write("notes.txt", "Meeting notes, not data.");
        TimelineIndex before = shell.indexProperty().get();

        files.open(notes);
        tasks.runAll();

        assertThat(shell.errorProperty().get()).isEqualTo(notes + " is neither a Diplomap database (*.mv.db) nor a "
                + "dataset file (*.json); nothing was opened.");
        assertThat(shell.indexProperty().get()).isSameAs(before);
    }

    @Test
    void filesAreToldApartByContentWhenTheirNameDoesNotSay() throws Exception {
        assertThat(FileKind.of(write("data.txt", "  " + NORTHLAND))).isEqualTo(FileKind.DATASET);
        assertThat(FileKind.of(dir.resolve("start.mv.db"))).isEqualTo(FileKind.DATABASE);
        Files.copy(dir.resolve("start.mv.db"), dir.resolve("copy.bin"));
        assertThat(FileKind.of(dir.resolve("copy.bin"))).isEqualTo(FileKind.DATABASE);
        assertThat(FileKind.of(write("notes.txt", "notes"))).isEqualTo(FileKind.OTHER);

        files.open(dir.resolve("copy.bin"));
        assertThat(shell.errorProperty().get()).contains("rename it to end in .mv.db");
    }

    @Test
    void aDroppedDatasetOpensAndSeveralFilesAreRefused() throws Exception {
        Path file = write("dropped.json", NORTHLAND);

        files.drop(List.of(file, dir.resolve("start.mv.db")));
        tasks.runAll();
        assertThat(shell.errorProperty().get()).startsWith("Drop one file at a time");
        assertThat(shell.titleProperty().get()).endsWith("start.mv.db");

        files.drop(List.of(file));
        tasks.runAll();
        assertThat(shell.titleProperty().get()).isEqualTo("Diplomap \u2014 Northland \u2014 dropped.json");
    }

    @Test
    void everyBundledCaseOpensInADatabaseOfItsOwn() {
        for (BundledCase bundled : files.bundledCases()) {
            files.openCase(bundled);
            tasks.runAll();

            assertThat(shell.errorProperty().get()).isEmpty();
            assertThat(shell.titleProperty().get()).isEqualTo("Diplomap \u2014 " + bundled.title());
            assertThat(shell.storeProperty().get().location())
                    .isEqualTo(dir.resolve("home/cases/" + bundled.id() + ".mv.db").toString());
            assertThat(shell.indexProperty().get().ties()).hasSameSizeAs(bundled.read().ties());
        }
    }

    @Test
    void theRecentListKeepsTheLastTenNewestFirstAndShowsMissingFiles() throws Exception {
        for (int i = 0; i < 12; i++) {
            files.open(write("case" + i + ".json", NORTHLAND));
            tasks.runAll();
        }
        Files.delete(dir.resolve("case10.json"));

        List<FilesViewModel.RecentFile> recent = files.recentFiles();

        assertThat(recent).hasSize(RecentFiles.MAX);
        assertThat(recent.get(0)).isEqualTo(new FilesViewModel.RecentFile(dir.resolve("case11.json"), true));
        assertThat(recent.get(1)).isEqualTo(new FilesViewModel.RecentFile(dir.resolve("case10.json"), false));
        assertThat(recent.get(9).path()).isEqualTo(dir.resolve("case2.json"));
        // Kept across runs: a new list on the same preferences reads the same.
        assertThat(new RecentFiles(preferences).list()).hasSize(RecentFiles.MAX);

        files.clearRecent();
        assertThat(files.recentFiles()).isEmpty();
        assertThat(new RecentFiles(preferences).list()).isEmpty();
    }

    @Test
    void aDatabaseInUseAsksInsteadOfFailingAndItsReadOnlyCopyIsMarkedAndRefusesChanges() throws Exception {
        Path held = heldDatabase();
        Process holder = hold(held);
        try {
            files.open(Path.of(held + ".mv.db"));
            tasks.runAll();

            assertThat(files.lockedProperty().get()).isEqualTo(held);
            assertThat(shell.errorProperty().get()).isEmpty();
            assertThat(shell.titleProperty().get()).endsWith("start.mv.db");

            files.openReadOnlyCopy();
            tasks.runAll();

            assertThat(files.lockedProperty().get()).isNull();
            assertThat(shell.readOnlyProperty().get()).isTrue();
            assertThat(shell.titleProperty().get()).endsWith("held.mv.db (read-only)");
            assertThat(shell.statusProperty().get()).contains("Read-only copy of " + held + ".mv.db");
            shell.importFiles(List.of(write("more.json", NORTHLAND)), false);
            tasks.runAll();
            assertThat(shell.errorProperty().get()).startsWith("The database " + held + ".mv.db is open read-only");
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aDatabaseInUseIsRefusedOrWaitedForUntilCancelledOrFree() throws Exception {
        Path held = heldDatabase();
        Process holder = hold(held);
        try {
            files.open(Path.of(held + ".mv.db"));
            tasks.runAll();
            files.refuseLocked();
            assertThat(shell.errorProperty().get()).isEqualTo("The database " + held + ".mv.db is in use by another "
                    + "program (is Diplomap already running?); it was not opened.");
            assertThat(files.lockedProperty().get()).isNull();

            files.open(Path.of(held + ".mv.db"));
            tasks.runAll();
            files.waitUntilFree();
            assertThat(files.waitingForProperty().get()).isEqualTo(held);
            files.cancelWaiting();
            waitTasks.runAll();
            assertThat(files.waitingForProperty().get()).isNull();
            assertThat(shell.statusProperty().get()).isEqualTo("Stopped waiting for " + held + ".mv.db.");
            assertThat(shell.titleProperty().get()).endsWith("start.mv.db");

            files.open(Path.of(held + ".mv.db"));
            tasks.runAll();
            files.waitUntilFree();
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(waitTasks::runAll);
            Thread.sleep(700);
            assertThat(waiting).isNotDone();
            release(holder);
            waiting.get(30, TimeUnit.SECONDS);

            assertThat(shell.titleProperty().get()).endsWith("held.mv.db");
            assertThat(shell.readOnlyProperty().get()).isFalse();
            assertThat(files.recentFiles().get(0).path()).isEqualTo(Path.of(held + ".mv.db"));
        } finally {
            holder.destroyForcibly();
        }
    }

    private Path heldDatabase() {
        Path held = dir.resolve("held");
        H2Workspaces.open(held).close();
        return held;
    }

    private static Process hold(Path database) throws Exception {
        Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabaseOpen.class.getName(), database.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).get(20, TimeUnit.SECONDS);
        assertThat(line).isEqualTo("open");
        return holder;
    }

    private static void release(Process holder) throws IOException {
        try (Writer toHolder = holder.outputWriter(StandardCharsets.UTF_8)) {
            toHolder.write("close\n");
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
