package org.diplomap.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Builds {@code assets/data/afghanistan.json} from {@code assets/data/facts/afghanistan-facts.jsonl} by the rules of
 * {@link TwoChinasFromFacts} (written in {@code assets/data/README.md}). {@link BundledDatasetTest} fails when the
 * committed file is not what this makes of the facts. To write the file again after changing the facts:
 * <pre>
 * mvn -o -q -DskipTests package
 * java -cp target/diplomap.jar:target/test-classes org.diplomap.io.AfghanistanFromFacts
 * </pre>
 */
final class AfghanistanFromFacts {

    static final Path FACTS = Path.of("assets", "data", "facts", "afghanistan-facts.jsonl");
    static final Path DATASET = Path.of("assets", "data", "afghanistan.json");
    static final String TITLE = "Recognition of the Islamic Emirate of Afghanistan";

    private AfghanistanFromFacts() {
    }

    public static void main(String[] args) throws IOException {
        new DatasetWriter().write(TwoChinasFromFacts.build(TwoChinasFromFacts.readFacts(FACTS), TITLE), DATASET);
    }
}
