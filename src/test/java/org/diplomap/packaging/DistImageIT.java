package org.diplomap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.diplomap.cli.DiplomapCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The application image that {@code mvn -Pdist package} builds runs with its own Java: started with an empty
 * environment (no Java on the PATH, no JAVA_HOME), it draws the window headless and runs every command.
 */
@EnabledIfSystemProperty(named = "diplomap.dist", matches = ".+",
        disabledReason = "the application image is built and tested by mvn -Pdist verify only")
class DistImageIT {

    private static Path launcher;

    @TempDir
    static Path home;

    @BeforeAll
    static void findTheLauncher() {
        Path dist = Path.of(System.getProperty("diplomap.dist"));
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        launcher = os.startsWith("windows") ? dist.resolve("Diplomap/Diplomap.exe")
                : os.startsWith("mac") ? dist.resolve("Diplomap.app/Contents/MacOS/Diplomap")
                : dist.resolve("Diplomap/bin/Diplomap");
        assertThat(launcher).as("the image's launcher").isExecutable();
    }

    @Test
    void theImageDrawsTheWindowOnTheBundledCaseWithNoJavaInstalled() throws Exception {
        Path shot = home.resolve("window.png");

        Run run = run("--db", home.resolve("window").toString(), "--headless", "--screenshot", shot.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        BufferedImage picture = ImageIO.read(shot.toFile());
        assertThat(picture.getWidth()).isEqualTo(1440);
        assertThat(picture.getHeight()).isEqualTo(900);
        assertThat(run("--version").out()).startsWith("Diplomap " + System.getProperty("diplomap.version"));
    }

    @Test
    void everyCommandRunsFromTheImage() throws Exception {
        String db = home.resolve("commands").toString();
        Path world = home.resolve("world.json");
        Map<String, String[]> runs = new LinkedHashMap<>();
        runs.put("generate", new String[] {"generate", "--states", "20", "--ties", "300", "--out", world.toString()});
        runs.put("import", new String[] {"--db", db, "import", world.toString()});
        runs.put("snapshot", new String[] {"--db", db, "snapshot", "--date", "2025-08-01", "--format", "csv"});
        runs.put("export", new String[] {"--db", db, "export", "--date", "2025-08-01", "--out",
            home.resolve("network.pdf").toString()});
        runs.put("changes", new String[] {"--db", db, "changes", "--from", "2020", "--to", "2025-08-01", "--format",
            "csv"});
        runs.put("rank", new String[] {"--db", db, "rank", "--date", "2025-08-01", "--compare", "2020"});
        runs.put("chart", new String[] {"--db", db, "chart", "--from", "1990", "--to", "2025", "--recognising", "AFG",
            "--out", home.resolve("chart.png").toString()});
        assertThat(runs.keySet()).as("a run for every command of the command line")
                .containsExactlyInAnyOrderElementsOf(commandsOfTheCommandLine());

        for (Map.Entry<String, String[]> command : runs.entrySet()) {
            Run run = run(command.getValue());
            assertThat(run.status()).as(command.getKey() + ": " + run).isZero();
        }
        assertThat(Files.size(home.resolve("network.pdf"))).isPositive();
        assertThat(ImageIO.read(home.resolve("chart.png").toFile())).isNotNull();
        assertThat(run("--db", db, "snapshot", "--date", "2025-08-01", "--format", "csv").out()).contains("AFG");
    }

    @Test
    void badInputIsOneLineFromTheImageToo() throws Exception {
        Run run = run("--db", home.resolve("bad").toString(), "snapshot", "--date", "2025-13-01");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("2025-13-01");
    }

    private static List<String> commandsOfTheCommandLine() {
        return new ArrayList<>(new CommandLine(new DiplomapCommand()).getSubcommands().keySet());
    }

    private record Run(int status, String out, String err) {
    }

    /** The launcher in an environment of its own: a home, a Diplomap folder, and nothing that leads to a Java. */
    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("HOME", home.toString());
        environment.put("DIPLOMAP_HOME", home.resolve("Diplomap").toString());
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in 3 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
