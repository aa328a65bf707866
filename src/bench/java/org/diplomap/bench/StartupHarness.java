package org.diplomap.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long the window takes to show the bundled case: starts {@code java -jar JAR --headless --screenshot} a few
 * times on a database seeded beforehand (and once on a new one, which seeds itself), and prints, for each step of
 * the start-up that the program traces ({@code -Ddiplomap.startupTrace=true}), the median of the milliseconds
 * since its JVM started, with the least and the most. "first-picture" is when the window has the network drawn.
 *
 * <p>java -cp target/benchmarks.jar org.diplomap.bench.StartupHarness [target/diplomap.jar] [RUNS], or, as it needs
 * nothing but the JDK, java src/bench/java/org/diplomap/bench/StartupHarness.java [target/diplomap.jar] [RUNS]
 */
public final class StartupHarness {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/diplomap.jar");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path dir = Files.createTempDirectory("diplomap-startup");
        Map<String, Long> fresh = run(jar, dir, "case");
        System.out.println("a new database (seeded from the bundled case): " + fresh);
        Map<String, List<Long>> steps = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            run(jar, dir, "case").forEach((step, ms) -> steps.computeIfAbsent(step, s -> new ArrayList<>()).add(ms));
        }
        System.out.printf("the bundled case, %d runs: median (least-most) ms since the JVM started%n", runs);
        steps.forEach((step, times) -> {
            List<Long> sorted = times.stream().sorted().toList();
            System.out.printf("  %-18s %6d  (%d-%d)%n", step, sorted.get(sorted.size() / 2), sorted.get(0),
                    sorted.get(sorted.size() - 1));
        });
    }

    /** One start of the program, until its screenshot is written: each traced step and when it was reached. */
    private static Map<String, Long> run(Path jar, Path dir, String database) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddiplomap.startupTrace=true", "-jar", jar.toString(), "--db", dir.resolve(database).toString(),
                "--headless", "--screenshot", dir.resolve("window.png").toString());
        builder.environment().put("DIPLOMAP_HOME", dir.resolve("home").toString());
        long started = System.nanoTime();
        Process program = builder.redirectErrorStream(true).start();
        Map<String, Long> steps = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(program.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] words = line.split(" ");
                if (words.length == 3 && words[0].equals("startup")) {
                    steps.put(words[1], Long.parseLong(words[2]));
                }
            }
        }
        if (program.waitFor() != 0) {
            throw new IllegalStateException("the program failed with status " + program.exitValue());
        }
        steps.put("process-ended", (System.nanoTime() - started) / 1_000_000);
        return steps;
    }
}
