package org.diplomap.store.h2;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Keeps a database open in a process of its own, as a running Diplomap would: prints "open" once the
 * database is open, then holds it until its input ends or reads the line "close".
 */
public final class HoldDatabaseOpen {

    public static void main(String[] args) throws Exception {
        try (H2Store store = H2Store.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            do {
                line = in.readLine();
            } while (line != null && !line.equals("close"));
        }
    }
}
