package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.diplomap.store.h2.HoldDatabaseOpen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** snapshot and export on a database that another program has open. */
class LockedDatabaseCommandTest {

    @TempDir
    Path dir;

    private Path database;
    private String expected;
    private Process holder;

    @BeforeEach
    void holdTheDatabase() throws Exception {
        database = dir.resolve("db");
        expected = CommandRun.of(database, "snapshot", "--date", "2025-07-03").out();
        holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabaseOpen.class.getName(), database.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(firstLine(holder)).isEqualTo("open");
    }

    @AfterEach
    void stopHolder() {
        holder.destroyForcibly();
    }

    @Test
    void withoutAChoiceTheCommandNamesBothChoicesOnOneLineAndExitsWithOne() {
        CommandRun result = CommandRun.of(database, "snapshot", "--date", "2025-07-03");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().lines()).containsExactly("The database " + database.toAbsolutePath() + ".mv.db is in "
                + "use by another program (is Diplomap already running?). Close it and try again, add --read-only to "
                + "read a copy of it taken now, or add --wait to wait until it is free.");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void readOnlyReadsACopyTakenNow() {
        CommandRun result = CommandRun.of(database, "snapshot", "--date", "2025-07-03", "--read-only");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo(expected);
    }

    @Test
    void exportTakesTheChoiceToo() {
        Path png = dir.resolve("x.png");
        CommandRun refused = CommandRun.of(database, "export", "--date", "2025-07-03", "--out", png.toString());
        CommandRun read = CommandRun.of(database, "export", "--date", "2025-07-03", "--out", png.toString(), "--read-only");

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("--read-only", "--wait");
        assertThat(read.status()).as(read.err()).isZero();
        assertThat(png).isRegularFile();
    }

    @Test
    void waitEndsWhenTheOtherProgramLetsGo() throws Exception {
        CompletableFuture<CommandRun> waiting = CompletableFuture.supplyAsync(
                () -> CommandRun.of(database, "snapshot", "--date", "2025-07-03", "--wait"));
        Thread.sleep(1500);
        assertThat(waiting).isNotDone();

        try (Writer toHolder = holder.outputWriter(StandardCharsets.UTF_8)) {
            toHolder.write("close\n");
        }

        CommandRun result = waiting.get(30, TimeUnit.SECONDS);
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).startsWith("Waiting until " + database.toAbsolutePath() + ".mv.db is free");
        assertThat(result.out()).isEqualTo(expected);
    }

    @Test
    void readOnlyAndWaitTogetherAreBadUsage() {
        CommandRun result = CommandRun.of(database, "snapshot", "--date", "2025", "--read-only", "--wait");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("mutually exclusive");
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
