package org.diplomap.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * An immutable list of some of the ties of an array in {@link Tie#ORDER}: those whose bit is set in a bit set's
 * words (bit i of the set is bit {@code i % 64} of word {@code i / 64}). A snapshot of tens of thousands of ties is
 * thus a few kilobytes of words over the index's array, read in order as it is walked, instead of a copied list.
 * Walking it is as fast as walking an array; {@link #get} finds a position from counts of the bits of each word,
 * made the first time it is asked.
 */
public final class TieSelection extends AbstractList<Tie> {

    private final Tie[] ordered;
    private final long[] words;
    private final int size;
    /** ranks[w] = the number of ties picked in the words before w; made when a position is first asked. */
    private volatile int[] ranks;

    private TieSelection(Tie[] ordered, long[] words) {
        this.ordered = ordered;
        this.words = words;
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        this.size = count;
    }

    /**
     * The ties of {@code ordered} picked by {@code words}. Neither array is copied: the caller hands over
     * {@code words} and never changes either again.
     */
    public static TieSelection of(Tie[] ordered, long[] words) {
        if (words.length != (ordered.length + 63) / 64) {
            throw new IllegalArgumentException(words.length + " words for " + ordered.length + " ties");
        }
        return new TieSelection(ordered, words);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Tie get(int position) {
        if (position < 0 || position >= size) {
            throw new IndexOutOfBoundsException("position " + position + " of " + size);
        }
        int[] rank = ranks();
        // The last word whose rank is at most the position holds it.
        int low = 0;
        int high = words.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (rank[mid] <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        long word = words[low];
        for (int skip = position - rank[low]; skip > 0; skip--) {
            word &= word - 1;
        }
        return ordered[low * 64 + Long.numberOfTrailingZeros(word)];
    }

    private int[] ranks() {
        int[] rank = ranks;
        if (rank == null) {
            rank = new int[words.length];
            int count = 0;
            for (int w = 0; w < words.length; w++) {
                rank[w] = count;
                count += Long.bitCount(words[w]);
            }
            ranks = rank;
        }
        return rank;
    }

    /** Found by halving the ordered array. */
    @Override
    public boolean contains(Object o) {
        return indexInOrdered(o) >= 0;
    }

    @Override
    public int indexOf(Object o) {
        int at = indexInOrdered(o);
        if (at < 0) {
            return -1;
        }
        int w = at >>> 6;
        return ranks()[w] + Long.bitCount(words[w] & ((1L << at) - 1));
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    private int indexInOrdered(Object o) {
        if (!(o instanceof Tie tie)) {
            return -1;
        }
        int found = Arrays.binarySearch(ordered, tie, Tie.ORDER);
        if (found < 0) {
            return -1;
        }
        // In a valid dataset one key (pair, type, start) is one tie; otherwise look at its neighbours of that key.
        int first = found;
        while (first > 0 && Tie.ORDER.compare(ordered[first - 1], tie) == 0) {
            first--;
        }
        for (int at = first; at < ordered.length && Tie.ORDER.compare(ordered[at], tie) == 0; at++) {
            if ((words[at >>> 6] & (1L << at)) != 0 && ordered[at].equals(tie)) {
                return at;
            }
        }
        return -1;
    }

    @Override
    public Iterator<Tie> iterator() {
        return new Iterator<>() {
            private int w = -1;
            private long word;

            @Override
            public boolean hasNext() {
                while (word == 0) {
                    if (++w >= words.length) {
                        w = words.length;
                        return false;
                    }
                    word = words[w];
                }
                return true;
            }

            @Override
            public Tie next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Tie tie = ordered[w * 64 + Long.numberOfTrailingZeros(word)];
                word &= word - 1;
                return tie;
            }
        };
    }

    @Override
    public void forEach(Consumer<? super Tie> action) {
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            while (word != 0) {
                action.accept(ordered[w * 64 + Long.numberOfTrailingZeros(word)]);
                word &= word - 1;
            }
        }
    }

    @Override
    public Object[] toArray() {
        Tie[] picked = new Tie[size];
        int next = 0;
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            while (word != 0) {
                picked[next++] = ordered[w * 64 + Long.numberOfTrailingZeros(word)];
                word &= word - 1;
            }
        }
        return picked;
    }
}
