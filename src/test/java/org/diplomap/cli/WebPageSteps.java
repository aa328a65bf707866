package org.diplomap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures an exported web page in a headless Chromium: the time from asking for the page to its first picture,
 * then {@code STEPS} presses of Right followed by as many of Left, each step timed in the page itself: the script's
 * part (finding the ties of the new day and changing the picture) and until the frame that shows it is painted.
 * Prints the median and the slowest of each.
 *
 * <p>Not a test: run it by hand on a page written by {@code export --out FILE.html}, from the project folder after
 * {@code mvn -B test-compile} and {@code mvn -B -q dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.diplomap.cli.WebPageSteps FILE.html DATE
 * [STEPS]}.
 */
public final class WebPageSteps {

    private WebPageSteps() {
    }

    public static void main(String[] args) throws Exception {
        Path page = Path.of(args[0]);
        String date = args[1];
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        System.out.printf("%s: %,d bytes%n", page, Files.size(page));
        try (HeadlessChromium browser = HeadlessChromium.start(HeadlessChromium.onPath().orElseThrow())) {
            long asked = System.nanoTime();
            browser.open(page.toUri() + "#date=" + date);
            browser.waitUntil("document.body && document.body.dataset.ready === 'true' && document.body.dataset.frameMs");
            System.out.printf("opened on %s in %.0f ms (reading, index, first picture painted); %d ties drawn%n", date,
                    (System.nanoTime() - asked) / 1e6, browser.evaluate("document.querySelectorAll('#ties .tie').length")
                            .asInt());
            for (String key : List.of("ArrowRight", "ArrowLeft")) {
                List<Double> script = new ArrayList<>();
                List<Double> painted = new ArrayList<>();
                for (int i = 0; i < steps; i++) {
                    String before = browser.evaluate("document.body.dataset.day").asString();
                    browser.press(key, key.equals("ArrowRight") ? 39 : 37);
                    browser.waitUntil("document.body.dataset.day !== '" + before + "' && document.body.dataset.frameMs");
                    script.add(Double.parseDouble(browser.evaluate("document.body.dataset.stepMs").asString()));
                    painted.add(Double.parseDouble(browser.evaluate("document.body.dataset.frameMs").asString()));
                }
                System.out.printf("%s x %d: script median %.1f ms, slowest %.1f ms; painted median %.1f ms, slowest"
                        + " %.1f ms; now on %s with %d ties%n", key, steps, median(script), max(script), median(painted),
                        max(painted), browser.evaluate("document.body.dataset.day").asString(),
                        browser.evaluate("document.querySelectorAll('#ties .tie').length").asInt());
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
