package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.diplomap.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Import refuses, with its place, every text that some export could not carry. */
class TextRuleTest {

    private static Dataset read(String json) throws DatasetFormatException {
        return new DatasetReader().read(new ByteArrayInputStream(json.replace('\'', '"')
                .getBytes(StandardCharsets.UTF_8)), "case.json");
    }

    private static String dataset(String title, String name, String source) {
        return "{'format': 'diplomap-dataset', 'version': 1, 'title': '" + title + "', "
                + "'states': [{'code': 'RUS', 'name': '" + name + "'}], "
                + "'ties': [{'from': 'RUS', 'to': 'AFG', 'type': 'recognition', 'start': '2025', 'source': '"
                + source + "'}], "
                + "'events': [{'date': '2025', 'title': 'Visit', 'description': 'Line one\\nline two'}]}";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\u0001 | U+0001, a control character",
        "\\u001b[2J | U+001B, a control character",
        "\\u0000 | U+0000, a control character",
        "\\u007f | U+007F, a control character",
        "\\ud800 | U+D800, half of a character",
        "a\\udc00 | U+DC00, half of a character",
        "\\ufffe | U+FFFE, which is no character",
        "\\uffff | U+FFFF, which is no character",
    })
    void aNameTitleOrSourceThatNoExportCouldCarryIsRefusedWithItsPlace(String text, String why) {
        for (String[] placed : new String[][] {
            {dataset("Case " + text, "Russia", "TASS"), "title"},
            {dataset("Case", "Russia " + text, "TASS"), "states[0].name"},
            {dataset("Case", "Russia", "TASS " + text), "ties[0].source"},
        }) {
            DatasetFormatException e = catchThrowableOfType(DatasetFormatException.class, () -> read(placed[0]));

            assertThat(e).as(placed[1]).isNotNull();
            assertThat(e.getMessage()).startsWith("case.json: " + placed[1] + ": ").contains(why);
        }
    }

    @Test
    void tabsLineBreaksAndCharactersBeyondTheBasicPlaneAreKept() throws Exception {
        Dataset dataset = read(dataset("Case\\tone", "Russia \\ud83c\\udf0d", "TASS\\r\\nline two"));

        assertThat(dataset.title()).isEqualTo("Case\tone");
        assertThat(dataset.states()).anyMatch(s -> s.name().equals("Russia \ud83c\udf0d"));
        assertThat(dataset.ties().get(0).source()).isEqualTo("TASS\r\nline two");
        assertThat(dataset.events().get(0).description()).isEqualTo("Line one\nline two");
    }
}
