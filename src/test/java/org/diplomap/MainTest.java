package org.diplomap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

    @ParameterizedTest
    @CsvSource({"1.8, 8", "11, 11", "17, 17", "21, 21", "25.1, 25"})
    void theFeatureVersionIsReadFromEitherWayOfWritingIt(String specification, int feature) {
        assertThat(Main.featureVersion(specification)).isEqualTo(feature);
    }

    @Test
    void theLauncherCanBeReadByJava8SoThatItCanSayWhichJavaIsNeeded() throws IOException {
        assertThat(javaOfClassFile(Main.class)).isEqualTo(8);
    }

    @Test
    void theLauncherAsksForTheJavaTheProgramIsBuiltFor() throws IOException {
        assertThat(Main.JAVA_NEEDED).isEqualTo(javaOfClassFile(org.diplomap.cli.DiplomapCommand.class));
    }

    /** The Java release a class was compiled for, from its class file's major version (52 is Java 8). */
    private static int javaOfClassFile(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            DataInputStream classFile = new DataInputStream(in);
            assertThat(classFile.readInt()).isEqualTo(0xCAFEBABE);
            classFile.readUnsignedShort();
            return classFile.readUnsignedShort() - 44;
        }
    }
}
