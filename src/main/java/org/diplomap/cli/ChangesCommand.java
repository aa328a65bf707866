package org.diplomap.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.diplomap.model.Tie;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.SideChange;
import org.diplomap.timeline.SideChanges;
import org.diplomap.timeline.TimelineIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "changes", mixinStandardHelpOptions = true, description = {
    "Print who changed sides between two dates: the ties gained and lost, and the switches, when a state ended a",
    "tie of a type with one state and began the same type with another."})
final class ChangesCommand implements Callable<Integer> {

    @ParentCommand
    DiplomapCommand parent;

    @Mixin
    LockOptions lock;

    @Mixin
    QuestionOptions question;

    @Option(names = "--from", required = true, paramLabel = "D1", description = "The first date (YYYY-MM-DD, YYYY-MM or YYYY).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "D2", description = "The last date.")
    String to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate first = Dates.parseOption("--from", from);
        LocalDate last = Dates.parseOption("--to", to);
        if (last.isBefore(first)) {
            throw new BadInputException("--to: " + to + " is before --from " + from);
        }
        question.check();
        try (Workspace workspace = lock.open(parent.databasePath(), spec.commandLine().getErr())) {
            TimelineIndex index = workspace.index();
            QuestionOptions.withinData("--from", from, index);
            String state = question.stateCode(index);
            Predicate<Tie> shown = question.shown();
            List<SideChange> changes = SideChanges.between(index, first, last, shown).stream()
                    .filter(c -> state == null || c.involves(state)).toList();
            PrintWriter out = spec.commandLine().getOut();
            question.writer(index).writeChanges(changes, first, last, question.tieType(),
                    question.confidence.asked(), question.format, out);
        }
        return 0;
    }
}
