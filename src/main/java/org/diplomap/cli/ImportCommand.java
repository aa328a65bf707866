package org.diplomap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomap.io.ImportSettings;
import org.diplomap.io.UnmatchedNamesException;
import org.diplomap.model.Dataset;
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.H2Workspaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Import dataset files (.json), CSV files of ties, the COW Diplomatic Exchange "
        + "file or the Pardee Diplometrics file saved as CSV; all are stored or, on any error, none.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    DiplomapCommand parent;

    @Option(names = "--replace", description = "Empty the database first; it then holds only the imported files.")
    boolean replace;

    @Option(names = "--skip-unmatched", description = "Leave out the rows naming a country that matches no state "
            + "(Pardee files) instead of refusing the file.")
    boolean skipUnmatched;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import; the kind is told from the "
            + "extension and the CSV header (see README).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Workspace workspace = H2Workspaces.openToImport(parent.databasePath(), replace)) {
            Dataset imported;
            try {
                imported = workspace.importFiles(files, replace, new ImportSettings(skipUnmatched),
                        new ProgressLines(spec.commandLine().getErr()));
            } catch (UnmatchedNamesException e) {
                throw new BadInputException(e.getMessage() + "; nothing was imported (--skip-unmatched imports the "
                        + "rest without them)");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Imported %d states, %d ties and %d events into %s%n", imported.states().size(),
                    imported.ties().size(), imported.events().size(), workspace.store().location());
        }
        return 0;
    }
}
