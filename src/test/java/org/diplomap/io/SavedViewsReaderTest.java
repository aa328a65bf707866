package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.diplomap.model.Dataset;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.model.State;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SavedViewsReaderTest {

    private static final String FILE = "views.json";

    private final DatasetReader reader = new DatasetReader();

    /** A valid file but for its views; single quotes stand for double quotes to keep the tests readable. */
    private static String withViews(String... views) {
        return ("{'format': 'diplomap-dataset', 'version': 1, 'states': [{'code': 'AFG', 'name': 'Afghanistan'}],"
                + " 'ties': [{'from': 'RUS', 'to': 'AFG', 'type': 'recognition', 'start': '2025-07-03'}],"
                + " 'views': [" + String.join(", ", views) + "]}").replace('\'', '"');
    }

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
    void viewWithEveryFieldIsRead() throws Exception {
        Dataset dataset = read(withViews("{'name': 'Moscow', 'date': '2025-07', 'hiddenTypes': ['engagement', 'ambassador'],"
                + " 'hideStatesWithoutTies': true, 'focus': 'RUS', 'layout': 'geographic', 'zoom': 0.8,"
                + " 'centre': [12.5, -3]}"));

        assertThat(dataset.views()).containsExactly(new SavedView("Moscow", PartialDate.parse("2025-07"),
                Set.of(TieType.AMBASSADOR, TieType.ENGAGEMENT), true, "RUS", LayoutKind.GEOGRAPHIC, 0.8, 12.5, -3.0));
        assertThat(dataset.views().get(0).date().toString()).isEqualTo("2025-07");
    }

    @Test
    void viewWithOnlyNameAndDateTakesTheDefaults() throws Exception {
        Dataset dataset = read(withViews("{'name': 'All', 'date': '1997'}",
                "{'name': 'Nulls', 'date': '2001', 'hiddenTypes': null, 'hideStatesWithoutTies': null, 'focus': null,"
                        + " 'layout': null, 'zoom': null, 'centre': null}"));

        SavedView all = dataset.views().get(0);
        assertThat(all).isEqualTo(new SavedView("All", PartialDate.parse("1997"), Set.of(), false, null,
                LayoutKind.NETWORK, 1.0, 0, 0));
        assertThat(all.fitsAll()).isTrue();
        assertThat(dataset.views().get(1)).isEqualTo(SavedView.of("Nulls", PartialDate.parse("2001")));
    }

    @Test
    void viewsKeepTheOrderOfTheFile() throws Exception {
        Dataset dataset = read(withViews("{'name': 'c', 'date': '2025'}", "{'name': 'a', 'date': '1997'}",
                "{'name': 'b', 'date': '2021'}"));

        assertThat(dataset.views()).extracting(SavedView::name).containsExactly("c", "a", "b");
    }

    @Test
    void fileWithoutViewsHasNone() throws Exception {
        Dataset dataset = read(withViews().replace(", \"views\": []", ""));

        assertThat(dataset.views()).isEmpty();
    }

    @Test
    void focusOnAnUndeclaredIsoStateAddsItToTheStates() throws Exception {
        Dataset dataset = read(withViews("{'name': 'Beijing', 'date': '2024', 'focus': 'CHN'}"));

        assertThat(dataset.states()).contains(new State("CHN", "China"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{'date': '2025'}                                          | views[1].name          | missing required field 'name'",
        "{'name': ' ', 'date': '2025'}                             | views[1].name          | required field 'name' is empty",
        "{'name': 'b'}                                             | views[1].date          | missing required field 'date'",
        "{'name': 'b', 'date': '2025-13'}                          | views[1].date          | '2025-13' is not a date of the calendar",
        "{'name': 'b', 'date': '2025', 'hiddenTypes': ['recognition', 'alliance']} | views[1].hiddenTypes[1] | unknown tie type 'alliance'; expected recognition, ambassador or engagement",
        "{'name': 'b', 'date': '2025', 'hiddenTypes': [null]}      | views[1].hiddenTypes[0] | missing tie type",
        "{'name': 'b', 'date': '2025', 'hiddenTypes': ['ambassador', 'ambassador']} | views[1].hiddenTypes[1] | tie type 'ambassador' is listed twice",
        "{'name': 'b', 'date': '2025', 'focus': 'XYZ'}             | views[1].focus         | unknown state code 'XYZ'; declare it in states or use an ISO 3166-1 alpha-3 code",
        "{'name': 'a', 'date': '2025'}                             | views[1].name          | duplicate view name 'a' (also views[0])",
        "{'name': 'b', 'date': '2025', 'zoom': 0}                  | views[1].zoom          | zoom must be a number greater than 0, found 0.0",
        "{'name': 'b', 'date': '2025', 'zoom': -0.5}               | views[1].zoom          | zoom must be a number greater than 0, found -0.5",
        "{'name': 'b', 'date': '2025', 'zoom': 1e400}              | views[1].zoom          | zoom must be a number greater than 0, found Infinity",
        "{'name': 'b', 'date': '2025', 'centre': [1]}              | views[1].centre        | centre must be two numbers [x, y], found [1.0]",
        "{'name': 'b', 'date': '2025', 'centre': [1, 2, 3]}        | views[1].centre        | centre must be two numbers [x, y], found [1.0, 2.0, 3.0]",
        "{'name': 'b', 'date': '2025', 'centre': [1, null]}        | views[1].centre        | centre must be two numbers [x, y], found [1.0, null]",
        "{'name': 'b', 'date': '2025', 'centre': []}               | views[1].centre        | centre must be two numbers [x, y], found []",
        "{'name': 'b', 'date': '2025', 'layout': 'circle'}         | views[1].layout        | unknown layout 'circle'; expected network, geographic or matrix",
        "{'name': 'b', 'date': '2025', 'zoom': '0.5'}              | views[1].zoom          | wrong type: expected a number, found a text",
        "{'name': 'b', 'date': '2025', 'centre': ['1', 2]}         | views[1].centre[0]     | wrong type: expected a number, found a text",
        "{'name': 'b', 'date': '2025', 'centre': {'x': 1}}         | views[1].centre        | wrong type: expected a list, found an object",
        "{'name': 'b', 'date': '2025', 'hideStatesWithoutTies': 'yes'} | views[1].hideStatesWithoutTies | wrong type: expected true or false, found a text",
        "{'name': 'b', 'date': '2025', 'hideStatesWithoutTies': 1} | views[1].hideStatesWithoutTies | wrong type: expected true or false, found a whole number",
        "{'name': 'b', 'date': '2025', 'hiddenTypes': 'engagement'} | views[1].hiddenTypes  | wrong type: expected a list, found a text",
        "{'name': 'b', 'date': '2025', 'scale': 2}                 | views[1].scale         | unknown field 'scale'",
        "null                                                      | views[1]               | expected an object, found null",
    })
    void wrongViewIsRejectedWithItsPlace(String secondView, String place, String problem) {
        DatasetFormatException e = failure(withViews("{'name': 'a', 'date': '2025-07-03'}", secondView));

        assertThat(e.place()).isEqualTo(place);
        assertThat(e.problem()).isEqualTo(problem);
    }

    @Test
    void viewsThatAreNotAListAreRejected() {
        DatasetFormatException e = failure(withViews().replace("[]", "{}"));

        assertThat(e.place()).isEqualTo("views");
        assertThat(e.problem()).isEqualTo("wrong type: expected a list, found an object");
    }
}
