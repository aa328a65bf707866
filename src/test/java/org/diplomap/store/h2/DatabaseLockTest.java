package org.diplomap.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.diplomap.model.Dataset;
import org.diplomap.store.StoreLockedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLockTest {

    @TempDir
    Path dir;

    @Test
    void databaseOpenInAnotherProcessIsReportedAsLockedUntilThatProcessCloses() throws Exception {
        Path database = dir.resolve("diplomap");
        try (H2Store store = H2Store.open(database)) {
            store.importDataset(Datasets.afghanistan(), false);
        }
        Process holder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                HoldDatabaseOpen.class.getName(), database.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            assertThat(firstLine(holder)).isEqualTo("open");

            assertThatThrownBy(() -> H2Store.open(database))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessage("The database " + database.toAbsolutePath() + ".mv.db is in use by another program "
                            + "(is Diplomap already running?). Close it and try again.");

            try (Writer toHolder = holder.outputWriter(StandardCharsets.UTF_8)) {
                toHolder.write("close\n");
            }
            assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(holder.exitValue()).isZero();

            try (H2Store store = H2Store.open(database)) {
                assertThat(store.load()).isEqualTo(storedAfghanistan());
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    private Dataset storedAfghanistan() {
        try (H2Store other = H2Store.open(dir.resolve("reference"))) {
            other.importDataset(Datasets.afghanistan(), false);
            return other.load();
        }
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
