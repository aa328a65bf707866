package org.diplomap.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.diplomap.io.SnapshotWriter;
import org.diplomap.model.Confidence;
import org.diplomap.model.Snapshot;
import org.diplomap.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "snapshot", mixinStandardHelpOptions = true, description = "Print the network at a date: the states that exist and the ties active.")
final class SnapshotCommand implements Callable<Integer> {

    enum Format { json, csv }

    @ParentCommand
    DiplomapCommand parent;

    @Mixin
    LockOptions lock;

    @Option(names = "--date", required = true, paramLabel = "D", description = "YYYY-MM-DD, YYYY-MM or YYYY.")
    String date;

    @Option(names = "--format", paramLabel = "json|csv", description = "Output format (default: json).")
    Format format = Format.json;

    @Mixin
    ConfidenceOption confidence;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate day = Dates.parseOption("--date", date);
        Confidence least = confidence.least();
        try (Workspace workspace = lock.open(parent.databasePath(), spec.commandLine().getErr())) {
            Snapshot all = workspace.index().snapshotAt(day);
            Snapshot snapshot = new Snapshot(day, all.states(),
                    all.ties().stream().filter(t -> t.confidence().isAtLeast(least)).toList());
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.csv) {
                new SnapshotWriter().writeCsv(snapshot, out);
            } else {
                new SnapshotWriter().writeJson(snapshot, out);
            }
            out.flush();
        }
        return 0;
    }
}
