package org.diplomap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line on a given database, with what it printed. */
record CommandRun(int status, String out, String err) {

    static CommandRun of(Path database, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", database.toString()));
        all.addAll(List.of(args));
        int status = DiplomapCommand.run(all.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new CommandRun(status, out.toString(), err.toString());
    }
}
