package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateReferenceTest {

    private final StateReference reference = StateReference.bundled();

    @Test
    void alpha3CodesHaveTheirEnglishNames() {
        assertThat(reference.nameOf("AFG")).contains("Afghanistan");
        assertThat(reference.nameOf("RUS")).contains("Russia");
        assertThat(reference.nameOf("ARE")).contains("United Arab Emirates");
    }

    @Test
    void alpha2AndUnknownCodesAreNotKnown() {
        assertThat(reference.knows("AF")).isFalse();
        assertThat(reference.knows("XYZ")).isFalse();
        assertThat(reference.nameOf("XYZ")).isEmpty();
    }

    @Test
    void listsAllIsoCountries() {
        assertThat(reference.namesByCode()).hasSizeGreaterThan(240).containsKey("UZB");
    }
}
