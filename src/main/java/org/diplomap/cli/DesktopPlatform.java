package org.diplomap.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarFile;

/**
 * The desktops that Diplomap has a jar for: each carries JavaFX's natives for one of them (a window needs them;
 * the commands without a window run anywhere). The build names the jars after {@link #classifier()} and writes it
 * into each jar's manifest, so a jar started on the wrong desktop can say which one to take.
 */
public enum DesktopPlatform {
    WINDOWS("win", "Windows (x64)", "glass.dll"),
    MAC("mac", "macOS (Intel, x64)", "libglass.dylib"),
    MAC_AARCH64("mac-aarch64", "macOS (Apple silicon, aarch64)", "libglass.dylib"),
    LINUX("linux", "Linux (x64)", "libglass.so"),
    LINUX_AARCH64("linux-aarch64", "Linux (aarch64)", "libglass.so");

    /** The manifest attribute that names a platform jar's platform. */
    public static final String MANIFEST_ATTRIBUTE = "Diplomap-Platform";

    private final String classifier;
    private final String description;
    private final String glassLibrary;

    DesktopPlatform(String classifier, String description, String glassLibrary) {
        this.classifier = classifier;
        this.description = description;
        this.glassLibrary = glassLibrary;
    }

    /** JavaFX's name for it, and the end of the jar's name: {@code diplomap-0.1.0-mac-aarch64.jar}. */
    public String classifier() {
        return classifier;
    }

    public String description() {
        return description;
    }

    /** The native library of JavaFX's windowing, at the jar's root. */
    public String glassLibrary() {
        return glassLibrary;
    }

    public static Optional<DesktopPlatform> ofClassifier(String classifier) {
        return Arrays.stream(values()).filter(platform -> platform.classifier.equals(classifier)).findFirst();
    }

    /** The desktop this Java runs on, if Diplomap has a jar for it. */
    public static Optional<DesktopPlatform> of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean arm = osArch.equals("aarch64") || osArch.equals("arm64");
        boolean x64 = osArch.equals("amd64") || osArch.equals("x86_64");
        if (os.startsWith("windows") && x64) {
            return Optional.of(WINDOWS);
        }
        if (os.startsWith("mac")) {
            return arm ? Optional.of(MAC_AARCH64) : x64 ? Optional.of(MAC) : Optional.empty();
        }
        if (os.startsWith("linux")) {
            return arm ? Optional.of(LINUX_AARCH64) : x64 ? Optional.of(LINUX) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Before the window opens: a platform jar started on another desktop would fail deep inside JavaFX; say
     * instead which jar to take.
     */
    static void checkThisJarRunsHere() {
        Optional<DesktopPlatform> built = platformOfThisJar();
        if (built.isEmpty()) {
            return;
        }
        String osName = System.getProperty("os.name");
        String osArch = System.getProperty("os.arch");
        Optional<DesktopPlatform> here = of(osName, osArch);
        if (here.equals(built)) {
            return;
        }
        String take = here.map(platform -> "take the jar that ends in -" + platform.classifier() + ".jar")
                .orElse("Diplomap has no window for this system; the commands (diplomap --help) work");
        throw new BadInputException("This is Diplomap for " + built.get().description() + ", and this computer runs "
                + osName + " (" + osArch + "): " + take);
    }

    private static Optional<DesktopPlatform> platformOfThisJar() {
        CodeSource source = DesktopPlatform.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            try (JarFile file = new JarFile(jar.toFile())) {
                String classifier = file.getManifest() == null ? null
                        : file.getManifest().getMainAttributes().getValue(MANIFEST_ATTRIBUTE);
                return classifier == null ? Optional.empty() : ofClassifier(classifier);
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
