package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCommandTest {

    @TempDir
    Path dir;

    private Path database;

    @BeforeEach
    void importTwoGovernments() throws Exception {
        database = dir.resolve("db");
        Path data = dir.resolve("two.json");
        Files.writeString(data, """
                {"format": "diplomap-dataset", "version": 1, "title": "Two governments",
                 "states": [{"code": "CHN", "name": "China"}, {"code": "TWN", "name": "Taiwan"}],
                 "ties": [
                   {"from": "FRA", "to": "TWN", "type": "recognition", "start": "1949-12", "end": "1964-02-10"},
                   {"from": "FRA", "to": "CHN", "type": "recognition", "start": "1964-01-27"},
                   {"from": "GBR", "to": "CHN", "type": "recognition", "start": "1950-01-06"}],
                 "events": []}
                """);
        assertThat(CommandRun.of(database, "import", "--replace", data.toString()).status()).isZero();
    }

    @Test
    void writesTheChartOfTheNamedGovernments() throws Exception {
        Path out = dir.resolve("counts.png");

        CommandRun run = CommandRun.of(database, "chart", "--recognising", "CHN,TWN", "--from", "1949", "--to", "2025",
                "--out", out.toString(), "--width", "800", "--height", "400");

        assertThat(run.status()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void anUnknownStateIsBadInputNamingIt() {
        CommandRun run = CommandRun.of(database, "chart", "--recognising", "CHN,XYZ", "--from", "1949", "--to", "2025",
                "--out", dir.resolve("x.png").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("XYZ").doesNotContain("Exception");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void yearsTheWrongWayRoundAndANonPngNameAreBadInput() {
        CommandRun backwards = CommandRun.of(database, "chart", "--recognising", "CHN", "--from", "2000", "--to", "1990",
                "--out", dir.resolve("x.png").toString());
        CommandRun notPng = CommandRun.of(database, "chart", "--recognising", "CHN", "--from", "1990", "--to", "2000",
                "--out", dir.resolve("x.svg").toString());

        assertThat(backwards.status()).isEqualTo(2);
        assertThat(backwards.err()).contains("--to");
        assertThat(notPng.status()).isEqualTo(2);
        assertThat(notPng.err()).contains("PNG");
    }
}
