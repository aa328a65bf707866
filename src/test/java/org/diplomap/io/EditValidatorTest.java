package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.diplomap.io.Drafts.Checked;
import org.diplomap.io.Drafts.EventDraft;
import org.diplomap.io.Drafts.StateDraft;
import org.diplomap.io.Drafts.TieDraft;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms' checks: every field at once, against what is stored, in the words of the importer. */
class EditValidatorTest {

    private static final Tie NORWAY = new Tie("NOR", "AFG", TieType.ENGAGEMENT, PartialDate.parse("2022-01-23"),
            PartialDate.parse("2024-12-05"), null, null, Confidence.HIGH);
    private static final Event ENVOY = new Event(PartialDate.parse("2025-07-01"), "Envoy", null, null, List.of("RUS"));

    private final Dataset stored = new Dataset("Case",
            List.of(new State("AFG", "Afghanistan"), new State("NOR", "Norway"), new State("RUS", "Russia"),
                    new State("IEA", "Islamic Emirate of Afghanistan", PartialDate.parse("1996-09"), null)),
            List.of(NORWAY), List.of(ENVOY));
    private final EditValidator validator = new EditValidator(stored);

    private static TieDraft draft(String from, String to, String type, String start, String end) {
        return new TieDraft(from, to, type, start, end, "", "", "high");
    }

    /** The problem the importer reports for one tie written with these fields, as a JSON file. */
    private static DatasetFormatException importerProblem(String from, String to, String type, String start,
                                                          String end) {
        String json = """
                {"format": "diplomap-dataset", "version": 1,
                 "states": [{"code": "AFG", "name": "Afghanistan"}, {"code": "NOR", "name": "Norway"},
                            {"code": "RUS", "name": "Russia"}, {"code": "IEA", "name": "Emirate"}],
                 "ties": [{"from": "%s", "to": "%s", "type": "%s", "start": "%s", "end": %s}]}
                """.formatted(from, to, type, start, end.isEmpty() ? "null" : "\"" + end + "\"");
        return catchThrowableOfType(DatasetFormatException.class, () -> new DatasetReader().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "case.json"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2} {3}..{4}: {5}")
    @CsvSource({
            "QQQ, AFG, recognition, 2025, '', from",
            "RUS, RUS, recognition, 2025, '', to",
            "RUS, AFG, friendship, 2025, '', type",
            "RUS, AFG, recognition, 2025-13, '', start",
            "RUS, AFG, recognition, 2025-02-30, '', start",
            "RUS, AFG, recognition, 2025-07-03, 2025-07, end",
            "RUS, AFG, recognition, 2025, 2025, end",
            "RUS, AFG, recognition, 2025, soon, end",
    })
    void tieProblemIsWordedAsTheImporterWordsIt(String from, String to, String type, String start, String end,
                                                String field) {
        DatasetFormatException fromFile = importerProblem(from, to, type, start, end);

        Checked<Tie> checked = validator.tie(draft(from, to, type, start, end), null);

        assertThat(fromFile.place()).isEqualTo("ties[0]." + field);
        assertThat(checked.isValid()).isFalse();
        assertThat(checked.problems()).containsEntry(field, fromFile.problem());
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        Checked<Tie> checked = validator.tie(new TieDraft("", "XX", "recognition", "1997-1", "", "", "", "sure"), null);

        assertThat(checked.problems()).containsOnlyKeys("from", "to", "start", "confidence");
        assertThat(checked.problems().get("from")).isEqualTo("required field 'from' is empty");
        assertThat(checked.problems().get("to")).startsWith("unknown state code 'XX'");
        assertThat(checked.problems().get("confidence"))
                .isEqualTo("unknown confidence 'sure'; expected high, medium or low");
        assertThat(checked.value()).isNull();
    }

    @Test
    void tieOverlappingAStoredOneIsRejectedAsTheImporterRejectsIt() throws Exception {
        Dataset incoming = new DatasetReader().read(new ByteArrayInputStream("""
                {"format": "diplomap-dataset", "version": 1,
                 "ties": [{"from": "NOR", "to": "AFG", "type": "engagement", "start": "2024", "end": "2025"}]}
                """.getBytes(StandardCharsets.UTF_8)), "more.json");
        DatasetFormatException fromImport = catchThrowableOfType(DatasetFormatException.class,
                () -> DatasetValidator.checkAgainst(stored, incoming, "more.json"));

        Checked<Tie> checked = validator.tie(draft("NOR", "AFG", "engagement", "2024", "2025"), null);

        assertThat(checked.problems()).containsEntry("start", fromImport.problem());
        assertThat(fromImport.problem()).startsWith("overlaps the stored tie NOR -> AFG engagement");
    }

    @Test
    void changedTieIsNotHeldAgainstItself() {
        Checked<Tie> checked = validator.tie(draft("NOR", "AFG", "engagement", "2022-01-23", "2025"), NORWAY);

        assertThat(checked.isValid()).isTrue();
        assertThat(checked.value().end()).isEqualTo(PartialDate.parse("2025"));
    }

    @Test
    void validTieKeepsItsPrecisionsAndOptionalFields() {
        Checked<Tie> checked = validator.tie(new TieDraft(" RUS ", "AFG", "recognition", "2025-07", "",
                "Formal recognition", " ", "medium"), null);

        assertThat(checked.value()).isEqualTo(new Tie("RUS", "AFG", TieType.RECOGNITION, PartialDate.parse("2025-07"),
                null, "Formal recognition", null, Confidence.MEDIUM));
    }

    @Test
    void codesOfTheReferenceListThatAreNotStoredBecomeNewStates() {
        assertThat(validator.newStates(List.of("RUS", "UZB", "UZB", "AFG"))).containsExactly(
                new State("UZB", "Uzbekistan"));
    }

    @Test
    void eventNeedsDateTitleAndKnownStatesAndADateAndTitleOfItsOwn() {
        Checked<Event> broken = validator.event(new EventDraft("2025-7", "", "", "", "RUS, QQQ"), null);
        assertThat(broken.problems()).containsOnlyKeys("date", "title", "states");
        assertThat(broken.problems().get("title")).isEqualTo("required field 'title' is empty");
        assertThat(broken.problems().get("states")).startsWith("unknown state code 'QQQ'");

        Checked<Event> same = validator.event(new EventDraft("2025-07-01", "Envoy", "", "", ""), null);
        assertThat(same.problems()).containsEntry("title", "an event of 2025-07-01 titled 'Envoy' is stored already");

        Checked<Event> changed = validator.event(new EventDraft("2025-07-01", "Envoy", "Moved", "", "RUS AFG"), ENVOY);
        assertThat(changed.value()).isEqualTo(new Event(PartialDate.parse("2025-07-01"), "Envoy", "Moved", null,
                List.of("RUS", "AFG")));
    }

    @Test
    void stateFollowsTheRulesOfDeclaredStates() {
        Checked<State> broken = validator.state(new StateDraft("ru", "", "2000", "1999"), null);
        assertThat(broken.problems()).containsOnlyKeys("code", "name", "end");
        assertThat(broken.problems().get("code")).isEqualTo("state code 'ru' is not 3 to 8 upper-case letters or digits");
        assertThat(broken.problems().get("end")).isEqualTo("end before start: end 1999 is not after start 2000");

        assertThat(validator.state(new StateDraft("NOR", "Norway", "", ""), null).problems())
                .containsEntry("code", "duplicate state code 'NOR' (a stored state has it)");
        assertThat(validator.state(new StateDraft("IEA", "First emirate", "1996-09-27", "2001-12"),
                stored.states().get(3)).value()).isEqualTo(new State("IEA", "First emirate",
                PartialDate.parse("1996-09-27"), PartialDate.parse("2001-12")));
    }
}
