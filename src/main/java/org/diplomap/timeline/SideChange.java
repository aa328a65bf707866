package org.diplomap.timeline;

import java.util.Objects;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * One change of a state's ties of one type between two dates, seen from the state that extends them: a tie gained,
 * a tie lost, or a switch, when the state ended a tie of a type with one state and began the same type with another
 * (Japan's recognition, from Taipei to Beijing on 29 September 1972).
 *
 * <p>{@code lost} is null for a gain and {@code gained} for a loss. {@code date} is when the change is complete: the
 * start of a gain, the end of a loss, the later of the two for a switch.
 */
public record SideChange(Kind kind, String state, TieType type, Tie lost, Tie gained, PartialDate date) {

    public enum Kind {
        SWITCH("switch"), GAIN("gain"), LOSS("loss");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The word written in data ("switch"). */
        public String code() {
            return code;
        }
    }

    public SideChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        if ((lost == null) != (kind == Kind.GAIN) || (gained == null) != (kind == Kind.LOSS)) {
            throw new IllegalArgumentException("a " + kind.code() + " with lost " + lost + " and gained " + gained);
        }
    }

    static SideChange gain(Tie tie) {
        return new SideChange(Kind.GAIN, tie.from(), tie.type(), null, tie, tie.start());
    }

    static SideChange loss(Tie tie) {
        return new SideChange(Kind.LOSS, tie.from(), tie.type(), tie, null, tie.end());
    }

    static SideChange switchOf(Tie lost, Tie gained) {
        PartialDate date = lost.end().firstDay().isAfter(gained.start().firstDay()) ? lost.end() : gained.start();
        return new SideChange(Kind.SWITCH, lost.from(), lost.type(), lost, gained, date);
    }

    /** The state whose tie ended; null for a gain. */
    public String lostTo() {
        return lost == null ? null : lost.to();
    }

    /** The state whose tie began; null for a loss. */
    public String gainedTo() {
        return gained == null ? null : gained.to();
    }

    /** Whether the change is about a state: the one that changed, or one it lost or gained. */
    public boolean involves(String code) {
        return state.equals(code) || code.equals(lostTo()) || code.equals(gainedTo());
    }
}
