package org.diplomap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplomap.io.DatasetWriter;
import org.diplomap.io.SyntheticWorld;
import org.diplomap.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write a synthetic dataset of made-up history, to try the program at scale."
        + " The database is not opened; import the file to see it.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--states", paramLabel = "N", description = "Number of states (default: 200).")
    int states = 200;

    @Option(names = "--ties", paramLabel = "N", description = "Number of ties (default: 100000).")
    int ties = 100_000;

    @Option(names = "--from", paramLabel = "YEAR", description = "First year (default: 1816).")
    int from = 1816;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last year, included (default: 2026).")
    int to = 2026;

    @Option(names = "--seed", paramLabel = "N", description = "The same seed gives the same dataset (default: 42).")
    long seed = 42;

    // Not required for picocli, so that a missing file is one line like every other bad option.
    @Option(names = "--out", paramLabel = "FILE.json", description = "The dataset file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (states < 2 || states > SyntheticWorld.maxStates()) {
            throw new BadInputException("--states: " + states + " is not a number of states; give 2 to "
                    + SyntheticWorld.maxStates());
        }
        if (ties < 0 || ties > SyntheticWorld.MAX_TIES) {
            throw new BadInputException("--ties: " + ties + " is not a number of ties; give 0 to " + SyntheticWorld.MAX_TIES);
        }
        checkYear("--from", from);
        checkYear("--to", to);
        if (from >= to) {
            throw new BadInputException("--from: " + from + " is not before --to " + to);
        }
        if (out == null) {
            throw new BadInputException("--out: missing; name the dataset file to write");
        }
        Dataset dataset = SyntheticWorld.generate(new SyntheticWorld.Options(states, ties, from, to, seed));
        new DatasetWriter().write(dataset, out);
        spec.commandLine().getOut().printf("Wrote %s: %d states, %d ties, %d events%n", out,
                dataset.states().size(), dataset.ties().size(), dataset.events().size());
        return 0;
    }

    private static void checkYear(String option, int year) {
        if (year < SyntheticWorld.MIN_YEAR || year > SyntheticWorld.MAX_YEAR) {
            throw new BadInputException(option + ": " + year + " is not a year; give " + SyntheticWorld.MIN_YEAR
                    + " to " + SyntheticWorld.MAX_YEAR);
        }
    }
}
