package org.diplomap.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.store.StoreException;
import org.diplomap.store.StoreLockedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a second program may do with a database that another has open: read a copy, or wait. */
class LockChoiceTest {

    @TempDir
    Path dir;

    private Path database;
    private Process holder;

    @BeforeEach
    void holdTheDatabaseInAnotherProcess() throws Exception {
        database = dir.resolve("held");
        try (H2Store store = H2Store.open(database)) {
            store.importDataset(Datasets.afghanistan(), false);
        }
        holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabaseOpen.class.getName(), database.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(firstLine(holder)).isEqualTo("open");
        assertThatThrownBy(() -> H2Store.open(database)).isInstanceOf(StoreLockedException.class);
    }

    @AfterEach
    void stopHolder() {
        holder.destroyForcibly();
    }

    @Test
    void aReadOnlyCopyHoldsWhatIsStoredAndRefusesChangesClearly() {
        try (H2Store copy = H2Store.openReadOnlyCopy(database)) {
            assertThat(copy.isReadOnly()).isTrue();
            assertThat(copy.location()).isEqualTo(database.toAbsolutePath() + ".mv.db");
            assertThat(copy.load().ties()).hasSameSizeAs(Datasets.afghanistan().ties());

            assertThatThrownBy(() -> copy.importDataset(Datasets.afghanistan(), true))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("The database " + database.toAbsolutePath() + ".mv.db is open read-only (a copy taken at ")
                    .hasMessageEndingWith("while another program had it open): nothing can be changed. Open it again "
                            + "once it is free to make changes.");
            assertThatThrownBy(() -> copy.saveView(SavedView.of("A view", PartialDate.parse("2025"))))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is open read-only");
        }
    }

    @Test
    void closingTheReadOnlyCopyDeletesIt() throws Exception {
        Path folder;
        try (H2Store copy = H2Store.openReadOnlyCopy(database)) {
            folder = Files.list(Path.of(System.getProperty("java.io.tmpdir")))
                    .filter(p -> p.getFileName().toString().startsWith("diplomap-read-only"))
                    .filter(p -> Files.exists(p.resolve("copy.mv.db")))
                    .findFirst().orElseThrow();
        }
        assertThat(folder).doesNotExist();
    }

    @Test
    void waitingEndsWhenTheOtherProgramLetsTheDatabaseGo() throws Exception {
        CompletableFuture<H2Store> waiting = CompletableFuture.supplyAsync(
                () -> H2Store.openWhenFree(database, () -> false, Duration.ofMillis(100)));
        Thread.sleep(500);
        assertThat(waiting).isNotDone();

        try (Writer toHolder = holder.outputWriter(StandardCharsets.UTF_8)) {
            toHolder.write("close\n");
        }

        try (H2Store store = waiting.get(20, TimeUnit.SECONDS)) {
            assertThat(store.isReadOnly()).isFalse();
            assertThat(store.load().ties()).hasSameSizeAs(Datasets.afghanistan().ties());
        }
    }

    @Test
    void waitingStopsWhenAskedAndTheDatabaseStaysWithTheOtherProgram() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<H2Store> waiting = CompletableFuture.supplyAsync(
                () -> H2Store.openWhenFree(database, stop::get, Duration.ofMillis(100)));
        Thread.sleep(300);

        stop.set(true);

        assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(CancellationException.class)
                .hasMessage("Stopped waiting for " + database.toAbsolutePath() + ".mv.db.");
        assertThat(holder.isAlive()).isTrue();
    }

    private static String firstLine(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).get(20, TimeUnit.SECONDS);
    }
}
