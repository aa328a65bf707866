package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {

    private static final String FILE = "test.json";

    private final DatasetReader reader = new DatasetReader();

    /** A valid file; single quotes stand for double quotes to keep the tests readable. */
    private static String file(String states, String ties, String events) {
        return ("{'format': 'diplomap-dataset', 'version': 1, 'title': 'Test',"
                + " 'states': [" + states + "], 'ties': [" + ties + "], 'events': [" + events + "]}").replace('\'', '"');
    }

    private static String ties(String... ties) {
        return file("{'code': 'AFG', 'name': 'Afghanistan'}", String.join(", ", ties), "");
    }

    private static final String RUS_RECOGNITION =
            "{'from': 'RUS', 'to': 'AFG', 'type': 'recognition', 'start': '2025-07-03'}";

    private Dataset read(String json) throws DatasetFormatException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private DatasetFormatException failure(String json) {
        DatasetFormatException e = catchThrowableOfType(DatasetFormatException.class, () -> read(json));
        assertThat(e).as("reading should fail").isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").startsWith(FILE + ": " + e.place() + ": ");
        return e;
    }

    @Test
    void validFileIsReadWithDatesAsWritten() throws Exception {
        Dataset dataset = read(ties(
                "{'from': 'PAK', 'to': 'AFG', 'type': 'recognition', 'start': '1997-05', 'end': '2001',"
                        + " 'description': 'd', 'source': 's', 'confidence': 'medium'}".replace('\'', '"')));

        assertThat(dataset.title()).isEqualTo("Test");
        Tie tie = dataset.ties().get(0);
        assertThat(tie).isEqualTo(new Tie("PAK", "AFG", TieType.RECOGNITION, PartialDate.parse("1997-05"),
                PartialDate.parse("2001"), "d", "s", Confidence.MEDIUM));
        assertThat(tie.start().toString()).isEqualTo("1997-05");
        assertThat(tie.end().toString()).isEqualTo("2001");
    }

    @Test
    void nullOptionalFieldsMeanAbsent() throws Exception {
        Dataset dataset = read(file("{'code': 'AFG', 'name': 'Afghanistan', 'start': null, 'end': null}",
                "{'from': 'RUS', 'to': 'AFG', 'type': 'recognition', 'start': '2025-07-03', 'end': null,"
                        + " 'description': null, 'source': null, 'confidence': null}",
                "{'date': '2025', 'title': 't', 'description': null, 'source': null, 'states': null}"));

        assertThat(dataset.states().get(0)).isEqualTo(new State("AFG", "Afghanistan"));
        Tie tie = dataset.ties().get(0);
        assertThat(tie.end()).isNull();
        assertThat(tie.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(dataset.events().get(0).states()).isEmpty();
    }

    @Test
    void undeclaredButKnownCodesGetNamesFromTheReference() throws Exception {
        Dataset dataset = read(file("{'code': 'AFG', 'name': 'Islamic Emirate'}",
                "{'from': 'RUS', 'to': 'AFG', 'type': 'recognition', 'start': '2025-07-03'}",
                "{'date': '2024', 'title': 't', 'states': ['PAK']}"));

        assertThat(dataset.states()).containsExactly(new State("AFG", "Islamic Emirate"),
                new State("RUS", "Russia"), new State("PAK", "Pakistan"));
    }

    @Test
    void fileIsNamedByItsPath(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");
        DatasetFormatException e = catchThrowableOfType(DatasetFormatException.class, () -> reader.read(missing));
        assertThat(e.getMessage()).isEqualTo(missing + ": file: no such file");
    }

    @Test
    void brokenJsonIsRejectedWithLineAndColumn() {
        DatasetFormatException e = failure("{\n  \"format\": \"diplomap-dataset\",\n  \"version\": 1,,\n}");
        assertThat(e.place()).isEqualTo("line 3, column 16");
        assertThat(e.problem()).startsWith("broken JSON: ");
    }

    @Test
    void unknownFieldIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(ties(
                "{'from': 'RUS', 'to': 'AFG', 'type': 'recognition', 'start': '2025', 'strength': 3}".replace('\'', '"')));
        assertThat(e.place()).isEqualTo("ties[0].strength");
        assertThat(e.problem()).isEqualTo("unknown field 'strength'");
    }

    @Test
    void missingFormatIsRejected() {
        DatasetFormatException e = failure("{\"version\": 1}");
        assertThat(e.place()).isEqualTo("format");
        assertThat(e.problem()).isEqualTo("missing required field 'format'");
    }

    @Test
    void missingVersionIsRejected() {
        DatasetFormatException e = failure("{\"format\": \"diplomap-dataset\"}");
        assertThat(e.place()).isEqualTo("version");
        assertThat(e.problem()).isEqualTo("missing required field 'version'");
    }

    @Test
    void stateWithoutCodeIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(file("{'code': 'AFG', 'name': 'Afghanistan'}, {'name': 'Nowhere'}", "", ""));
        assertThat(e.place()).isEqualTo("states[1].code");
        assertThat(e.problem()).isEqualTo("missing required field 'code'");
    }

    @Test
    void stateWithoutNameIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(file("{'code': 'AFG', 'name': null}", "", ""));
        assertThat(e.place()).isEqualTo("states[0].name");
        assertThat(e.problem()).isEqualTo("missing required field 'name'");
    }

    @Test
    void tieWithoutFromIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(ties("{'to': 'AFG', 'type': 'recognition', 'start': '2025'}"));
        assertThat(e.place()).isEqualTo("ties[0].from");
        assertThat(e.problem()).isEqualTo("missing required field 'from'");
    }

    @Test
    void tieWithoutToIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(ties(RUS_RECOGNITION,
                "{'from': 'PAK', 'type': 'recognition', 'start': '2025'}"));
        assertThat(e.place()).isEqualTo("ties[1].to");
        assertThat(e.problem()).isEqualTo("missing required field 'to'");
    }

    @Test
    void tieWithoutTypeIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(ties("{'from': 'PAK', 'to': 'AFG', 'start': '2025'}"));
        assertThat(e.place()).isEqualTo("ties[0].type");
        assertThat(e.problem()).isEqualTo("missing required field 'type'");
    }

    @Test
    void tieWithoutStartIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(ties("{'from': 'PAK', 'to': 'AFG', 'type': 'engagement'}"));
        assertThat(e.place()).isEqualTo("ties[0].start");
        assertThat(e.problem()).isEqualTo("missing required field 'start'");
    }

    @Test
    void eventWithoutDateIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(file("", "", "{'title': 'A visit'}"));
        assertThat(e.place()).isEqualTo("events[0].date");
        assertThat(e.problem()).isEqualTo("missing required field 'date'");
    }

    @Test
    void eventWithoutTitleIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(file("", "", "{'date': '2025-04-19', 'title': '  '}"));
        assertThat(e.place()).isEqualTo("events[0].title");
        assertThat(e.problem()).isEqualTo("required field 'title' is empty");
    }

    @Test
    void numberWhereTextBelongsIsRejectedAsWrongType() {
        DatasetFormatException e = failure(file("{'code': 'AFG', 'name': 12}", "", ""));
        assertThat(e.place()).isEqualTo("states[0].name");
        assertThat(e.problem()).startsWith("wrong type: expected a text");
    }

    @Test
    void textWhereVersionNumberBelongsIsRejectedAsWrongType() {
        DatasetFormatException e = failure("{\"format\": \"diplomap-dataset\", \"version\": \"1\"}");
        assertThat(e.place()).isEqualTo("version");
        assertThat(e.problem()).startsWith("wrong type: expected a whole number");
    }

    @Test
    void objectWhereListBelongsIsRejectedAsWrongType() {
        DatasetFormatException e = failure("{\"format\": \"diplomap-dataset\", \"version\": 1, \"ties\": {}}");
        assertThat(e.place()).isEqualTo("ties");
        assertThat(e.problem()).startsWith("wrong type: expected a list");
    }

    @Test
    void otherFormatIsRejected() {
        DatasetFormatException e = failure(file("", "", "").replace("diplomap-dataset", "geojson"));
        assertThat(e.place()).isEqualTo("format");
        assertThat(e.problem()).isEqualTo("expected \"diplomap-dataset\", found \"geojson\"");
    }

    @Test
    void otherVersionIsRejected() {
        DatasetFormatException e = failure(file("", "", "").replace("\"version\": 1", "\"version\": 2"));
        assertThat(e.place()).isEqualTo("version");
        assertThat(e.problem()).isEqualTo("unsupported version 2; this program reads version 1");
    }

    @Test
    void badDateIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(ties(RUS_RECOGNITION,
                "{'from': 'PAK', 'to': 'AFG', 'type': 'ambassador', 'start': '2025-02-30'}"));
        assertThat(e.place()).isEqualTo("ties[1].start");
        assertThat(e.problem()).contains("'2025-02-30'").contains("not a date");
    }

    @Test
    void tieEndingBeforeItStartsIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(ties(
                "{'from': 'PAK', 'to': 'AFG', 'type': 'recognition', 'start': '2001-11-22', 'end': '1997'}"));
        assertThat(e.place()).isEqualTo("ties[0].end");
        assertThat(e.problem()).isEqualTo("end before start: end 1997 is not after start 2001-11-22");
    }

    @Test
    void tieEndingTheDayItStartsIsRejected() {
        DatasetFormatException e = failure(ties(
                "{'from': 'PAK', 'to': 'AFG', 'type': 'recognition', 'start': '2001-01-01', 'end': '2001'}"));
        assertThat(e.place()).isEqualTo("ties[0].end");
        assertThat(e.problem()).startsWith("end before start");
    }

    @Test
    void unknownTieTypeIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(ties("{'from': 'PAK', 'to': 'AFG', 'type': 'alliance', 'start': '2025'}"));
        assertThat(e.place()).isEqualTo("ties[0].type");
        assertThat(e.problem()).startsWith("unknown tie type 'alliance'");
    }

    @Test
    void unknownConfidenceIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(ties(
                "{'from': 'PAK', 'to': 'AFG', 'type': 'recognition', 'start': '2025', 'confidence': 'sure'}"));
        assertThat(e.place()).isEqualTo("ties[0].confidence");
        assertThat(e.problem()).startsWith("unknown confidence 'sure'");
    }

    @Test
    void malformedStateCodeIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(file("{'code': 'AFG', 'name': 'Afghanistan'}, {'code': 'Ussr', 'name': 'USSR'}", "", ""));
        assertThat(e.place()).isEqualTo("states[1].code");
        assertThat(e.problem()).isEqualTo("state code 'Ussr' is not 3 to 8 upper-case letters or digits");
    }

    @Test
    void historicalStateCodeOfUpToEightCharactersIsAccepted() throws Exception {
        Dataset dataset = read(file("{'code': 'SUN1922', 'name': 'Soviet Union', 'start': '1922-12-30', 'end': '1991-12-26'}",
                "{'from': 'SUN1922', 'to': 'AFG', 'type': 'recognition', 'start': '1979'}", ""));
        assertThat(dataset.ties()).extracting(Tie::from).containsExactly("SUN1922");
    }

    @Test
    void duplicateStateCodeIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(file(
                "{'code': 'AFG', 'name': 'Afghanistan'}, {'code': 'PAK', 'name': 'Pakistan'}, {'code': 'AFG', 'name': 'Again'}",
                "", ""));
        assertThat(e.place()).isEqualTo("states[2].code");
        assertThat(e.problem()).isEqualTo("duplicate state code 'AFG' (also states[0])");
    }

    @Test
    void tieNamingAnUnknownCodeIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(ties(RUS_RECOGNITION,
                "{'from': 'XYZ', 'to': 'AFG', 'type': 'recognition', 'start': '2025'}"));
        assertThat(e.place()).isEqualTo("ties[1].from");
        assertThat(e.problem()).startsWith("unknown state code 'XYZ'");
    }

    @Test
    void tieFromAStateToItselfIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(ties("{'from': 'AFG', 'to': 'AFG', 'type': 'recognition', 'start': '2025'}"));
        assertThat(e.place()).isEqualTo("ties[0].to");
        assertThat(e.problem()).isEqualTo("a tie from a state to itself ('AFG')");
    }

    @Test
    void overlappingTiesOfTheSameKindAreRejectedNamingBoth() {
        DatasetFormatException e = failure(ties(
                "{'from': 'NOR', 'to': 'AFG', 'type': 'engagement', 'start': '2022-01-23', 'end': '2024-12-05'}",
                RUS_RECOGNITION,
                "{'from': 'NOR', 'to': 'AFG', 'type': 'engagement', 'start': '2024-12'}"));
        assertThat(e.place()).isEqualTo("ties[2]");
        assertThat(e.problem()).startsWith("overlaps ties[0] (NOR -> AFG engagement from 2022-01-23 to 2024-12-05)");
    }

    @Test
    void tiesOfTheSameKindMeetingAtADayDoNotOverlap() throws Exception {
        Dataset dataset = read(ties(
                "{'from': 'NOR', 'to': 'AFG', 'type': 'engagement', 'start': '2022-01-23', 'end': '2024-12-05'}",
                "{'from': 'NOR', 'to': 'AFG', 'type': 'engagement', 'start': '2024-12-05'}",
                "{'from': 'NOR', 'to': 'AFG', 'type': 'recognition', 'start': '2023'}"));
        assertThat(dataset.ties()).hasSize(3);
    }

    @Test
    void eventNamingAnUnknownStateIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(file("{'code': 'AFG', 'name': 'Afghanistan'}", "",
                "{'date': '2025', 'title': 't', 'states': ['AFG']}, {'date': '2025', 'title': 't', 'states': ['AFG', 'QQQ']}"));
        assertThat(e.place()).isEqualTo("events[1].states[1]");
        assertThat(e.problem()).startsWith("unknown state code 'QQQ'");
    }

    @Test
    void emptyFileIsRejected() {
        DatasetFormatException e = failure("  \n");
        assertThat(e.place()).isEqualTo("line 1, column 1");
        assertThat(e.problem()).isEqualTo("the file is empty");
    }

    @Test
    void contentAfterTheDatasetObjectIsRejectedAsBrokenJson() {
        DatasetFormatException e = failure(file("", "", "") + "\n{}");
        assertThat(e.place()).isEqualTo("line 2, column 1");
        assertThat(e.problem()).isEqualTo("broken JSON: more content after the end of the dataset object");
    }

    @Test
    void fieldWrittenTwiceIsRejectedAsBrokenJson() {
        DatasetFormatException e = failure("{\"format\": \"diplomap-dataset\", \"format\": \"other\"}");
        assertThat(e.place()).isEqualTo("line 1, column 40");
        assertThat(e.problem()).contains("Duplicate").contains("format");
    }

    @Test
    void decimalVersionIsRejectedAsWrongType() {
        DatasetFormatException e = failure("{\"format\": \"diplomap-dataset\", \"version\": 1.0}");
        assertThat(e.place()).isEqualTo("version");
        assertThat(e.problem()).isEqualTo("wrong type: expected a whole number, found a decimal number");
    }

    @Test
    void nullInPlaceOfATieIsRejectedWithItsPlace() {
        DatasetFormatException e = failure(ties(RUS_RECOGNITION, "null"));
        assertThat(e.place()).isEqualTo("ties[1]");
        assertThat(e.problem()).isEqualTo("expected an object, found null");
    }

    @Test
    void streamIsLeftOpenForItsOwner() throws Exception {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(file("", "", "").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        reader.read(in, FILE);
        assertThat(closed[0]).isFalse();
    }
}
