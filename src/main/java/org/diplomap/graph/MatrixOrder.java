package org.diplomap.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplomap.model.State;
import org.diplomap.model.Tie;

/**
 * The order of the rows and columns of the matrix layout, computed once for all the dates of a dataset so that no
 * row moves while the date changes. States that tie with the same partners at the same times (a bloc, a region
 * whose states tie with each other) stand next to each other, and a narrow gap separates the largest groups.
 *
 * <p>Each state is described by how many days it was tied to each other state in each decade of the data (in either
 * direction, of any type), plus a term for itself, so that two states tied to each other are alike too. States are
 * joined bottom-up by average likeness (agglomerative clustering), each join putting the two groups end to end in the
 * orientation that brings the most alike ends together. States that never have a tie come last, by code.
 *
 * <p>The result is a {@link Layout}: state number i of the order sits at (p, -p), p being i plus the gaps before it,
 * in units of one row; the matrix's cell (from, to) is at (x of to, y of from).
 */
public final class MatrixOrder {

    /** The width of the gap between two groups, in rows. */
    public static final double GROUP_GAP = 0.6;
    /** A group set apart by a gap has at least this many states. */
    private static final int SMALLEST_GROUP = 3;
    private static final int BUCKET_YEARS = 10;

    private MatrixOrder() {
    }

    /** The matrix layout of {@code states} given every tie of every date; {@code lastDay} closes open ties. */
    public static Layout compute(List<State> states, List<Tie> ties) {
        List<String> codes = states.stream().map(State::code).sorted().toList();
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            number.put(codes.get(i), i);
        }
        int n = codes.size();
        LocalDate first = ties.stream().map(t -> t.start().firstDay()).min(Comparator.naturalOrder())
                .orElse(LocalDate.of(2000, 1, 1));
        LocalDate last = ties.stream().flatMap(t -> java.util.stream.Stream.of(t.start().firstDay(),
                t.end() == null ? t.start().firstDay() : t.end().firstDay())).max(Comparator.naturalOrder())
                .orElse(first).plusDays(1);
        int buckets = (last.getYear() - first.getYear()) / BUCKET_YEARS + 1;

        double[][] features = new double[n][];
        boolean[] tied = new boolean[n];
        for (Tie tie : ties) {
            Integer a = number.get(tie.from());
            Integer b = number.get(tie.to());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            LocalDate end = tie.end() == null ? last : tie.end().firstDay();
            LocalDate start = tie.start().firstDay();
            for (int k = (start.getYear() - first.getYear()) / BUCKET_YEARS; k < buckets; k++) {
                LocalDate bucketStart = LocalDate.of(first.getYear() + k * BUCKET_YEARS, 1, 1);
                LocalDate bucketEnd = bucketStart.plusYears(BUCKET_YEARS);
                if (!bucketStart.isBefore(end)) {
                    break;
                }
                long days = Math.min(end.toEpochDay(), bucketEnd.toEpochDay())
                        - Math.max(start.toEpochDay(), bucketStart.toEpochDay());
                if (days > 0) {
                    add(features, a, b * buckets + k, days, n * buckets);
                    add(features, b, a * buckets + k, days, n * buckets);
                    tied[a] = true;
                    tied[b] = true;
                }
            }
        }
        List<Integer> withTies = new ArrayList<>();
        List<Integer> without = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (tied[i] ? withTies : without).add(i);
        }
        for (int i : withTies) {
            selfTerm(features[i], i, buckets, n);
            normalise(features[i]);
        }

        Clustering clustering = Clustering.of(withTies, features);
        List<Integer> order = new ArrayList<>(clustering.order());
        Set<Long> gapsBetween = clustering.groupBoundaries(groupCount(withTies.size()));
        if (!withTies.isEmpty() && !without.isEmpty()) {
            gapsBetween.add(pairKey(order.get(order.size() - 1), without.get(0)));
        }
        order.addAll(without);

        Map<String, Layout.Point> positions = new HashMap<>();
        double p = 0;
        for (int i = 0; i < order.size(); i++) {
            if (i > 0 && gapsBetween.contains(pairKey(order.get(i - 1), order.get(i)))) {
                p += GROUP_GAP;
            }
            positions.put(codes.get(order.get(i)), new Layout.Point(p, -p));
            p += 1;
        }
        return new Layout(positions);
    }

    /**
     * After an edit: the order before it, while the states are the same ones, so that rows keep their places as the
     * network's states do (and an edit of ties costs no new clustering); computed again when a state comes or goes.
     */
    public static Layout kept(Layout before, List<State> states, List<Tie> ties) {
        Set<String> codes = states.stream().map(State::code).collect(Collectors.toSet());
        return codes.equals(before.positions().keySet()) ? before : compute(states, ties);
    }

    /** The codes in matrix order, first row first. */
    public static List<String> codesInOrder(Layout layout) {
        return layout.positions().entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Layout.Point> e) -> e.getValue().x())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }

    /** About one group per dozen states, at least two: enough to show blocs, few enough to read. */
    private static int groupCount(int states) {
        return Math.max(2, (int) Math.round(Math.sqrt(states) / 2));
    }

    private static void add(double[][] features, int state, int feature, double value, int size) {
        if (features[state] == null) {
            features[state] = new double[size];
        }
        features[state][feature] += value;
    }

    /** A state is like itself by as much as by its strongest tie of each decade. */
    private static void selfTerm(double[] feature, int state, int buckets, int n) {
        for (int k = 0; k < buckets; k++) {
            double strongest = 0;
            for (int other = 0; other < n; other++) {
                strongest = Math.max(strongest, feature[other * buckets + k]);
            }
            feature[state * buckets + k] = strongest;
        }
    }

    private static void normalise(double[] feature) {
        double sum = 0;
        for (double v : feature) {
            sum += v * v;
        }
        double length = Math.sqrt(sum);
        if (length > 0) {
            for (int i = 0; i < feature.length; i++) {
                feature[i] /= length;
            }
        }
    }

    private static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** Average-linkage clustering of the states with ties, keeping each group's states in a line. */
    private static final class Clustering {
        /** A join of two groups, the later ones covering more; {@code left} and {@code right} end and start it. */
        private record Join(int smallerSide, int leftEnd, int rightStart) {
        }

        private final List<Integer> order;
        private final List<Join> joins;

        private Clustering(List<Integer> order, List<Join> joins) {
            this.order = order;
            this.joins = joins;
        }

        static Clustering of(List<Integer> states, double[][] features) {
            int m = states.size();
            double[][] like = new double[m][m];
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    double dot = 0;
                    double[] a = features[states.get(i)];
                    double[] b = features[states.get(j)];
                    for (int f = 0; f < a.length; f++) {
                        dot += a[f] * b[f];
                    }
                    like[i][j] = dot;
                    like[j][i] = dot;
                }
            }
            List<List<Integer>> groups = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                groups.add(new ArrayList<>(List.of(i)));
            }
            // Likeness between groups, by the index of their first member when the join was made.
            double[][] between = new double[m][];
            for (int i = 0; i < m; i++) {
                between[i] = like[i].clone();
            }
            boolean[] alive = new boolean[m];
            java.util.Arrays.fill(alive, true);
            List<Join> joins = new ArrayList<>();
            for (int round = 1; round < m; round++) {
                int bestA = -1;
                int bestB = -1;
                double best = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < m; a++) {
                    if (!alive[a]) {
                        continue;
                    }
                    for (int b = a + 1; b < m; b++) {
                        if (alive[b] && between[a][b] > best) {
                            best = between[a][b];
                            bestA = a;
                            bestB = b;
                        }
                    }
                }
                List<Integer> left = groups.get(bestA);
                List<Integer> right = groups.get(bestB);
                List<Integer> joined = endToEnd(left, right, like);
                int leftEnd = joined.get(left.size() - 1);
                int rightStart = joined.get(left.size());
                joins.add(new Join(Math.min(left.size(), right.size()), leftEnd, rightStart));
                int sizeA = left.size();
                int sizeB = right.size();
                for (int c = 0; c < m; c++) {
                    if (alive[c] && c != bestA && c != bestB) {
                        double merged = (sizeA * between[bestA][c] + sizeB * between[bestB][c]) / (sizeA + sizeB);
                        between[bestA][c] = merged;
                        between[c][bestA] = merged;
                    }
                }
                groups.set(bestA, joined);
                groups.set(bestB, null);
                alive[bestB] = false;
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                if (alive[i]) {
                    groups.get(i).forEach(local -> order.add(states.get(local)));
                }
            }
            List<Join> global = joins.stream().map(j -> new Join(j.smallerSide(), states.get(j.leftEnd()),
                    states.get(j.rightStart()))).toList();
            return new Clustering(order, global);
        }

        /** The two groups end to end, each turned so that the two states that meet are as alike as can be. */
        private static List<Integer> endToEnd(List<Integer> left, List<Integer> right, double[][] like) {
            int leftFirst = left.get(0);
            int leftLast = left.get(left.size() - 1);
            int rightFirst = right.get(0);
            int rightLast = right.get(right.size() - 1);
            double asIs = like[leftLast][rightFirst];
            double rightTurned = like[leftLast][rightLast];
            double leftTurned = like[leftFirst][rightFirst];
            double bothTurned = like[leftFirst][rightLast];
            double best = Math.max(Math.max(asIs, rightTurned), Math.max(leftTurned, bothTurned));
            List<Integer> a = new ArrayList<>(left);
            List<Integer> b = new ArrayList<>(right);
            if (best == asIs) {
                // kept as they are
            } else if (best == rightTurned) {
                java.util.Collections.reverse(b);
            } else if (best == leftTurned) {
                java.util.Collections.reverse(a);
            } else {
                java.util.Collections.reverse(a);
                java.util.Collections.reverse(b);
            }
            a.addAll(b);
            return a;
        }

        List<Integer> order() {
            return order;
        }

        /** Where the last joins of groups large enough put their two sides together: up to {@code groups} - 1. */
        Set<Long> groupBoundaries(int groups) {
            Set<Long> boundaries = new HashSet<>();
            for (int i = joins.size() - 1; i >= 0 && boundaries.size() < groups - 1; i--) {
                Join join = joins.get(i);
                if (join.smallerSide() >= SMALLEST_GROUP) {
                    boundaries.add(pairKey(join.leftEnd(), join.rightStart()));
                }
            }
            return boundaries;
        }
    }
}
