package org.diplomap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.diplomap.cli.DesktopPlatform;
import org.diplomap.io.ProductInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The jars that {@code mvn package} built: one per desktop, each whole, none holding an entry twice. */
class PlatformJarsIT {

    private static final Path TARGET = Path.of(System.getProperty("diplomap.build.directory", "target"));
    private static final String VERSION = System.getProperty("diplomap.version");

    /** What a native library was built for, read from its header (ELF, Mach-O or PE). */
    private enum Machine { X64, AARCH64, OTHER }

    @ParameterizedTest
    @EnumSource(DesktopPlatform.class)
    void eachDesktopHasARunnableJarWithItsOwnNatives(DesktopPlatform platform) throws IOException {
        Path jar = TARGET.resolve("diplomap-" + VERSION + "-" + platform.classifier() + ".jar");
        assertThat(jar).as("the jar for " + platform.description()).isRegularFile();

        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes manifest = file.getManifest().getMainAttributes();
            assertThat(manifest.getValue("Main-Class")).isEqualTo("org.diplomap.Main");
            assertThat(manifest.getValue(DesktopPlatform.MANIFEST_ATTRIBUTE)).isEqualTo(platform.classifier());
            assertThat(file.getEntry("org/diplomap/Main.class")).isNotNull();
            assertThat(file.getEntry("assets/data/afghanistan.json")).isNotNull();
            assertThat(file.getEntry("javafx/scene/control/Button.class")).isNotNull();
            assertThat(file.getEntry(windowingClass(platform))).as("JavaFX's windowing for " + platform).isNotNull();
        }

        Map<String, Machine> natives = nativesAtTheRoot(jar);
        assertThat(natives).as("JavaFX's natives in " + jar.getFileName())
                .containsKey(platform.glassLibrary())
                .containsKeys(otherNatives(platform));
        Machine expected = platform.classifier().endsWith("aarch64") ? Machine.AARCH64 : Machine.X64;
        assertThat(natives).as("every native of " + jar.getFileName() + " is built for " + expected)
                .allSatisfy((name, machine) -> assertThat(machine).as(name).isEqualTo(expected));
    }

    @Test
    void noJarHoldsAnEntryTwice() throws IOException {
        List<Path> jars = new ArrayList<>();
        jars.add(TARGET.resolve("diplomap.jar"));
        for (DesktopPlatform platform : DesktopPlatform.values()) {
            jars.add(TARGET.resolve("diplomap-" + VERSION + "-" + platform.classifier() + ".jar"));
        }
        for (Path jar : jars) {
            assertThat(entriesTwice(jar)).as("entries written twice in " + jar.getFileName()).isEmpty();
        }
    }

    @Test
    void everyBundledLibraryIsListedWithItsLicenceAndVersion() throws IOException {
        Map<String, String> listed = new HashMap<>();
        for (ProductInfo.BundledPart part : ProductInfo.ofThisBuild().libraries()) {
            assertThat(part.licence()).as(part.name()).isNotBlank();
            part.artifacts().forEach(artifact -> listed.put(artifact, part.version()));
        }
        Map<String, String> bundled = new HashMap<>();
        try (JarFile file = new JarFile(TARGET.resolve("diplomap.jar").toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                if (entry.getName().endsWith("/pom.properties")
                        && !entry.getName().startsWith("META-INF/maven/org.diplomap/")) {
                    Properties pom = new Properties();
                    try (InputStream in = file.getInputStream(entry)) {
                        pom.load(in);
                    }
                    bundled.put(pom.getProperty("groupId") + ":" + pom.getProperty("artifactId"),
                            pom.getProperty("version"));
                }
            }
        }
        assertThat(bundled).as("libraries in the jar").isNotEmpty();
        assertThat(listed).as("the list of bundled parts (bundled-parts.tsv)").containsAllEntriesOf(bundled);
    }

    private static String windowingClass(DesktopPlatform platform) {
        return switch (platform) {
            case WINDOWS -> "com/sun/glass/ui/win/WinApplication.class";
            case MAC, MAC_AARCH64 -> "com/sun/glass/ui/mac/MacApplication.class";
            case LINUX, LINUX_AARCH64 -> "com/sun/glass/ui/gtk/GtkApplication.class";
        };
    }

    /** Besides windowing: the software and GPU pipelines, fonts and images. */
    private static String[] otherNatives(DesktopPlatform platform) {
        return switch (platform) {
            case WINDOWS -> new String[] {"prism_sw.dll", "prism_d3d.dll", "javafx_font.dll", "javafx_iio.dll"};
            case MAC, MAC_AARCH64 -> new String[] {"libprism_sw.dylib", "libprism_es2.dylib", "libjavafx_font.dylib",
                "libjavafx_iio.dylib"};
            case LINUX, LINUX_AARCH64 -> new String[] {"libglassgtk3.so", "libprism_sw.so", "libprism_es2.so",
                "libjavafx_font.so", "libjavafx_iio.so"};
        };
    }

    private static Map<String, Machine> nativesAtTheRoot(Path jar) throws IOException {
        Map<String, Machine> natives = new HashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                String name = entry.getName();
                boolean atRoot = !name.contains("/");
                if (atRoot && (name.endsWith(".so") || name.endsWith(".dylib") || name.endsWith(".dll"))) {
                    try (InputStream in = file.getInputStream(entry)) {
                        natives.put(name, machineOf(in.readNBytes(4096)));
                    }
                }
            }
        }
        return natives;
    }

    private static Machine machineOf(byte[] header) {
        ByteBuffer bytes = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        if (header[0] == 0x7F && header[1] == 'E' && header[2] == 'L' && header[3] == 'F') {
            int machine = bytes.getShort(18) & 0xFFFF;
            return machine == 0x3E ? Machine.X64 : machine == 0xB7 ? Machine.AARCH64 : Machine.OTHER;
        }
        if (bytes.getInt(0) == 0xFEEDFACF) {
            int cpu = bytes.getInt(4);
            return cpu == 0x01000007 ? Machine.X64 : cpu == 0x0100000C ? Machine.AARCH64 : Machine.OTHER;
        }
        if (header[0] == 'M' && header[1] == 'Z') {
            int pe = bytes.getInt(0x3C);
            int machine = bytes.getShort(pe + 4) & 0xFFFF;
            return machine == 0x8664 ? Machine.X64 : machine == 0xAA64 ? Machine.AARCH64 : Machine.OTHER;
        }
        return Machine.OTHER;
    }

    /** Read entry by entry, as the zip holds them: a map of names would hide a second entry of one name. */
    private static Set<String> entriesTwice(Path jar) throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!seen.add(entry.getName())) {
                    twice.add(entry.getName());
                }
            }
        }
        return twice;
    }
}
