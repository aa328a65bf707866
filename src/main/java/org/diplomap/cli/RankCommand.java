package org.diplomap.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.Ranking;
import org.diplomap.timeline.TimelineIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "rank", mixinStandardHelpOptions = true, description = {
    "Print the states existing at a date by the ties they receive (and extend), the most received first,",
    "with the change since a second date."})
final class RankCommand implements Callable<Integer> {

    @ParentCommand
    DiplomapCommand parent;

    @Mixin
    LockOptions lock;

    @Mixin
    QuestionOptions question;

    @Option(names = "--date", required = true, paramLabel = "D", description = "YYYY-MM-DD, YYYY-MM or YYYY.")
    String date;

    @Option(names = "--compare", paramLabel = "D0", description = "Tell each state's change since this date.")
    String compare;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Dates.parseOption("--date", date);
        if (compare != null) {
            Dates.parseOption("--compare", compare);
        }
        question.check();
        try (Workspace workspace = lock.open(parent.databasePath(), spec.commandLine().getErr())) {
            TimelineIndex index = workspace.index();
            LocalDate day = QuestionOptions.withinData("--date", date, index);
            LocalDate since = compare == null ? null : QuestionOptions.withinData("--compare", compare, index);
            String state = question.stateCode(index);
            List<Ranking.Row> rows = Ranking.at(index, day, since, question.shown()).stream()
                    .filter(r -> state == null || r.code().equals(state)).toList();
            if (state != null && rows.isEmpty()) {
                throw new BadInputException("--state: " + state + " does not exist on " + day);
            }
            PrintWriter out = spec.commandLine().getOut();
            question.writer(index).writeRanking(rows, day, since, question.tieType(), question.confidence.asked(),
                    question.format, out);
        }
        return 0;
    }
}
