package org.diplomap.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The dense picture's drawing order hashes a pair of codes without joining them; it must be the joined hash. */
class JoinedHashProperties {

    @Property(tries = 500)
    void isTheHashOfTheJoinedString(@ForAll String a, @ForAll String b) {
        assertThat(SnapshotRenderer.joinedHash(a, b)).isEqualTo((a + "|" + b).hashCode());
    }
}
