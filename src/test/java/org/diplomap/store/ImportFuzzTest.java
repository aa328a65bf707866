package org.diplomap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import org.diplomap.cli.DiplomapCommand;
import org.diplomap.io.DatasetFormatException;
import org.diplomap.io.ImportProgress;
import org.diplomap.io.ImportSettings;
import org.diplomap.model.Dataset;
import org.diplomap.store.h2.H2Workspaces;

/**
 * Mutated files of every kind the import reads (truncated, bytes flipped, not UTF-8, wrong types, huge numbers,
 * deep nesting, 10 MB texts): each is either imported or refused with an error that names the file and a place,
 * never another exception, and a refused file leaves the database as it was.
 * (Named *Test so that Maven runs it with the other tests.)
 */
class ImportFuzzTest {

    private static final String DATASET_JSON = """
            {"format": "diplomap-dataset", "version": 1, "title": "Fuzz",
             "states": [{"code": "XNL", "name": "Northland", "start": "1990", "end": null}],
             "ties": [{"from": "NOR", "to": "XNL", "type": "recognition", "start": "1991-03", "end": "2000-01-01",
                       "description": "d", "source": "s", "confidence": "medium"},
                      {"from": "SWE", "to": "XNL", "type": "engagement", "start": "1995", "end": null}],
             "events": [{"date": "1990-05-01", "title": "Northland declares independence", "states": ["XNL"]}],
             "views": [{"name": "Start", "date": "1991", "hiddenTypes": ["engagement"], "zoom": 0.5,
                        "centre": [1.5, -2]}]}
            """;
    private static final String TIES_CSV = "from,to,type,start,end,description,source,confidence\r\n"
            + "IND,AFG,ambassador,2026-03,,\"New, in Delhi\",Test,low\r\n"
            + "CHN,PAK,engagement,1960,1970-05-01,,,\r\n";
    private static final String COW_CSV = "\"ccode1\",\"ccode2\",\"year\",\"DR_at_1\",\"DR_at_2\",\"DE\",\"version\"\r\n"
            + "2,20,1930,0,2,1,2006.0999755859375\r\n"
            + "2,20,1935,3,2,1,2006.0999755859375\r\n"
            + "2,41,1970,3,0,1,2006.0999755859375\r\n"
            + "265,2,1975,9,0,1,2006.0999755859375\r\n";
    private static final String PARDEE_CSV = "Destination,Destination Region,Destination Subregion,Sending Country,"
            + "Sending Region,Sending Subregion,Year,Location,Embassy,Focus,EmbassyFocus,LOR\r\n"
            + "Afghanistan,Asia,South Asia,Pakistan,Asia,South Asia,1960,Kabul,6,1,61,1\r\n"
            + "\"Korea, Republic of\",Asia,East Asia,Viet Nam,Asia,South-East Asia,1961,Seoul,4,2,42,0.375\r\n";

    /** A file before mutation: its name (the extension tells its kind) and its text. */
    record Seed(String name, String text) {
    }

    /** A change to the bytes of a file. */
    interface Mutation {
        byte[] apply(byte[] bytes);
    }

    private Path dir;
    private Workspace workspace;

    private Workspace workspace() throws IOException {
        if (workspace == null) {
            dir = Files.createTempDirectory("diplomap-fuzz");
            workspace = H2Workspaces.open(dir.resolve("db"));
        }
        return workspace;
    }

    @AfterProperty
    void close() throws IOException {
        if (workspace != null) {
            workspace.close();
            workspace = null;
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Property(tries = 100)
    void aMutatedFileIsImportedOrRefusedWithItsPlaceAndARefusalChangesNothing(
            @ForAll("seeds") Seed seed, @ForAll("mutations") Mutation mutation) throws IOException {
        Workspace target = workspace();
        Path file = dir.resolve(seed.name());
        Files.write(file, mutation.apply(seed.text().getBytes(StandardCharsets.UTF_8)));
        Dataset before = target.store().load();

        try {
            target.importFiles(List.of(file), false, ImportSettings.STRICT, ImportProgress.NONE);
        } catch (DatasetFormatException e) {
            assertThat(e.file()).isEqualTo(file.toString());
            assertThat(e.place()).isNotBlank();
            assertThat(e.problem()).isNotBlank();
            assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(2_000);
            assertThat(target.store().load()).isEqualTo(before);
        }
    }

    @Property(tries = 6)
    void theCommandLineImportsOrExitsWithStatusTwoAndOneLine(@ForAll("seeds") Seed seed,
                                                             @ForAll("mutations") Mutation mutation) throws IOException {
        workspace().close();
        workspace = null;
        Path base = Files.createTempDirectory("diplomap-fuzz-cli");
        try {
            Path file = base.resolve(seed.name());
            Files.write(file, mutation.apply(seed.text().getBytes(StandardCharsets.UTF_8)));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int status = DiplomapCommand.run(new String[] {"--db", base.resolve("db").toString(), "import",
                    file.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

            if (status == 0) {
                assertThat(out.toString()).startsWith("Imported ");
            } else {
                assertThat(status).as(err.toString()).isEqualTo(DiplomapCommand.BAD_INPUT);
                assertThat(err.toString().lines()).singleElement().asString().startsWith(file + ": ");
            }
        } finally {
            try (Stream<Path> files = Files.walk(base)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<Seed> seeds() {
        return Arbitraries.of(new Seed("case.json", DATASET_JSON), new Seed("ties.csv", TIES_CSV),
                new Seed("Diplomatic_Exchange_2006v1.csv", COW_CSV), new Seed("pardee.csv", PARDEE_CSV));
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 10_000);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(bytes -> bytes)),
                net.jqwik.api.Tuple.of(4, position.map(ImportFuzzTest::truncated)),
                net.jqwik.api.Tuple.of(5, Combinators.combine(position, Arbitraries.integers().between(1, 255))
                        .as(ImportFuzzTest::flipped)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(position, Arbitraries.of(
                        new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0,
                                (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82}))
                        .as(ImportFuzzTest::inserted)),
                net.jqwik.api.Tuple.of(5, Combinators.combine(position, Arbitraries.of(
                        "99999999999999999999999999", "-1e99999", "1.5", "true", "null", "[]", "{}", "\"\"", ",",
                        "\"", "\n", ":", "0", "[[\"a\"]]", "{\"from\": 7}", "NaN", "9".repeat(400)))
                        .as((at, text) -> inserted(at, text.getBytes(StandardCharsets.UTF_8)))),
                net.jqwik.api.Tuple.of(2, Combinators.combine(position, Arbitraries.of(2_000, 100_000))
                        .as(ImportFuzzTest::deeplyNested)),
                net.jqwik.api.Tuple.of(1, position.map(ImportFuzzTest::tenMegabyteText)));
    }

    private static Mutation truncated(int at) {
        return bytes -> Arrays.copyOf(bytes, at % (bytes.length + 1));
    }

    private static Mutation flipped(int at, int bits) {
        return bytes -> {
            byte[] copy = bytes.clone();
            if (copy.length > 0) {
                copy[at % copy.length] ^= (byte) bits;
            }
            return copy;
        };
    }

    private static Mutation inserted(int at, byte[] insert) {
        return bytes -> {
            int where = at % (bytes.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, where);
            out.write(insert, 0, insert.length);
            out.write(bytes, where, bytes.length - where);
            return out.toByteArray();
        };
    }

    private static Mutation deeplyNested(int at, int depth) {
        return inserted(at, ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.US_ASCII));
    }

    /** 10 MB of letters, inside a text where the file has one (after its first quote), else anywhere. */
    private static Mutation tenMegabyteText(int at) {
        return bytes -> {
            int quote = new String(bytes, StandardCharsets.UTF_8).indexOf("\"d\"");
            int where = quote >= 0 ? quote + 1 : at % (bytes.length + 1);
            byte[] text = new byte[10 * 1024 * 1024];
            Arrays.fill(text, (byte) 'a');
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + text.length);
                out.write(bytes, 0, where);
                out.write(text);
                out.write(bytes, where, bytes.length - where);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
