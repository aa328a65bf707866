package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.diplomap.io.ProductInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionAndPlatformTest {

    @Test
    void versionNamesTheProjectsVersionAndTheDayOfTheBuild(@TempDir Path folder) {
        CommandRun run = CommandRun.of(folder.resolve("db"), "--version");

        assertThat(run.status()).isZero();
        String first = run.out().lines().findFirst().orElseThrow();
        assertThat(first).startsWith("Diplomap " + System.getProperty("diplomap.version") + ", built ");
        LocalDate built = LocalDate.parse(first.substring(first.lastIndexOf(' ') + 1));
        assertThat(built).isBetween(LocalDate.now().minusYears(5), LocalDate.now().plusDays(1));
        assertThat(run.out()).contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void theListOfBundledPartsGivesEachALicenceAndAnAddress() {
        ProductInfo info = ProductInfo.ofThisBuild();

        assertThat(info.libraries()).extracting(ProductInfo.BundledPart::name)
                .contains("JavaFX", "H2 Database Engine", "JFreeSVG");
        assertThat(info.data()).extracting(ProductInfo.BundledPart::name)
                .anyMatch(name -> name.startsWith("Natural Earth"));
        assertThat(info.parts()).allSatisfy(part -> {
            assertThat(part.licence()).as(part.name()).isNotBlank();
            assertThat(part.address()).as(part.name()).startsWith("https://");
            assertThat(part.version()).as(part.name()).doesNotContain("${");
        });
    }

    @Test
    void everyCommandAnswersHelpAndVersion(@TempDir Path folder) {
        var commands = new picocli.CommandLine(new DiplomapCommand()).getSubcommands().keySet();
        assertThat(commands).contains("import", "snapshot", "export", "generate", "chart");
        for (String command : commands) {
            CommandRun run = CommandRun.of(folder.resolve("db"), command, "--help");

            assertThat(run.status()).as(command + " --help: " + run.err()).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: diplomap " + command);
            assertThat(CommandRun.of(folder.resolve("db"), command, "--version").out()).as(command + " --version")
                    .startsWith("Diplomap " + System.getProperty("diplomap.version"));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "Windows 11, amd64, win",
        "Mac OS X, x86_64, mac",
        "Mac OS X, aarch64, mac-aarch64",
        "Linux, amd64, linux",
        "Linux, aarch64, linux-aarch64",
    })
    void eachDesktopIsRecognisedFromJavasNames(String osName, String osArch, String classifier) {
        assertThat(DesktopPlatform.of(osName, osArch).map(DesktopPlatform::classifier)).contains(classifier);
    }

    @Test
    void aSystemWithoutAJarIsNoDesktopPlatform() {
        assertThat(DesktopPlatform.of("FreeBSD", "amd64")).isEqualTo(Optional.empty());
        assertThat(DesktopPlatform.of("Windows 11", "x86")).isEqualTo(Optional.empty());
    }
}
