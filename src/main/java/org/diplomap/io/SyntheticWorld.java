package org.diplomap.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * A made-up diplomatic history with the shape of the real one, for trying the program at scale. States
 * are founded in waves and some cease; they belong to regions, and ties are likelier within a region and
 * in later years; each pair of states moves between engagement, recognition and recognition with
 * ambassadors, up and down, and sometimes breaks off. Every dataset is valid under the file format's rules,
 * every tie lies within the existence of both its states, and the same options always give the same dataset.
 *
 * <p>The dataset has exactly the number of ties asked for, unless the states and years cannot hold that many
 * (a handful of states over a few years); then it has as many as the generation reached.
 */
public final class SyntheticWorld {

    /** Made-up codes HS001 to HS999 stand for states that ISO does not list. */
    private static final int MAX_HISTORICAL = 999;
    /** A bound that keeps the dataset in memory comfortably. */
    public static final int MAX_TIES = 5_000_000;
    /** Years must be written with four digits, including the year after the last. */
    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9998;

    /** The number of states, ties, the years covered (both included) and the seed of the randomness. */
    public record Options(int states, int ties, int fromYear, int toYear, long seed) {

        public Options {
            if (states < 2 || states > maxStates()) {
                throw new IllegalArgumentException("states must be 2 to " + maxStates() + ", not " + states);
            }
            if (ties < 0 || ties > MAX_TIES) {
                throw new IllegalArgumentException("ties must be 0 to " + MAX_TIES + ", not " + ties);
            }
            if (fromYear < MIN_YEAR || toYear > MAX_YEAR || fromYear >= toYear) {
                throw new IllegalArgumentException("years must run from " + MIN_YEAR + " to " + MAX_YEAR
                        + " with the first before the last, not " + fromYear + " to " + toYear);
            }
        }

        public static Options defaults() {
            return new Options(200, 100_000, 1816, 2026, 42);
        }
    }

    /** A generated dataset with the region of each state, which the file format has no field for. */
    public record World(Dataset dataset, Map<String, String> regionOf) {
    }

    private SyntheticWorld() {
    }

    /** How many states can be named: every ISO code and the made-up historical codes. */
    public static int maxStates() {
        return StateReference.bundled().namesByCode().size() + MAX_HISTORICAL;
    }

    public static Dataset generate(Options options) {
        return build(options).dataset();
    }

    public static World build(Options options) {
        return new Generator(options).build();
    }

    private static final String[] REGIONS = {"Northern", "Western", "Central", "Eastern", "Southern", "Coastal", "Island"};
    private static final String[] FORMS = {"Kingdom of", "Grand Duchy of", "Principality of", "Republic of",
        "Sultanate of", "Federation of", "Free State of", "Emirate of", "Duchy of", "Confederation of"};
    private static final String[] ROOTS = {"Al", "Bel", "Cor", "Dar", "El", "Fen", "Gal", "Hal", "Is", "Kar",
        "Lor", "Mar", "Nor", "Or", "Pel", "Ros", "Sal", "Tar", "Val", "Zan"};
    private static final String[] ENDINGS = {"avia", "enia", "istan", "onia", "aria", "mark", "land", "ora",
        "una", "eria", "ovia", "esia"};

    /**
     * Years in which many states were founded, {first, last, weight}: Latin American independence, the end
     * of the First World War, decolonisation, the end of the Soviet Union, later secessions.
     */
    private static final int[][] FOUNDING_WAVES = {{1816, 1830, 2}, {1918, 1922, 2}, {1945, 1975, 9},
        {1991, 1993, 4}, {1994, 2011, 1}};
    /** Years in which many states ceased: unifications, the world wars, the end of the Soviet Union. */
    private static final int[][] ENDING_WAVES = {{1859, 1871, 3}, {1918, 1919, 3}, {1938, 1945, 2}, {1990, 1992, 3}};
    /** Years of general war, in which relations are broken off more often. */
    private static final int[][] WARS = {{1914, 1918}, {1939, 1945}};

    /** Share of ISO states founded during the span rather than existing throughout. */
    private static final double FOUNDED_SHARE = 0.35;
    /** Share of states with made-up codes, at least. */
    private static final double HISTORICAL_SHARE = 0.12;
    /** How much less likely relations are across regions than within one. */
    private static final double ACROSS_REGIONS = 0.1;

    /*
     * Levels of a relation in one direction: 0 none, 1 engagement, 2 recognition, 3 recognition with an
     * ambassador. Engagement is a passing stage and ambassadors are stable, hence the rates of change.
     */
    private static final double[] CHANGES_PER_YEAR = {1.0, 2.0, 1.0, 0.35};

    /** Extra attempts to reach the number of ties; each one scales the pace of change. */
    private static final int ATTEMPTS = 16;
    /** A result within this factor of the number asked is close enough to cut down to it. */
    private static final double ENOUGH = 1.25;

    private static final class Country {
        final String code;
        final String name;
        final PartialDate start;
        final PartialDate end;
        /** First and last-plus-one day of existence within the span, as epoch days. */
        final int first;
        final int until;
        int region;
        double activity;
        /** The state it merged into, or null when it dissolved or did not end. */
        Country successor;

        Country(String code, String name, PartialDate start, PartialDate end, int spanFirst, int spanUntil) {
            this.code = code;
            this.name = name;
            this.start = start;
            this.end = end;
            this.first = start == null ? spanFirst : epochDay(start);
            this.until = end == null ? spanUntil : epochDay(end);
        }

        boolean existsOn(int day) {
            return first <= day && day < until;
        }
    }

    private record Step(int day, PartialDate date, int level) {
    }

    private record Period(Country from, Country to, TieType type, PartialDate start, PartialDate end) {
    }

    private static final class Generator {

        private final Options options;
        private final int spanFirst;
        private final int spanUntil;
        private final List<int[]> wars = new ArrayList<>();
        private final Map<String, PartialDate> coarseDates = new HashMap<>();
        private final String source;
        private SplittableRandom random;
        private List<Country> countries;
        private int regionCount;

        Generator(Options options) {
            this.options = options;
            this.spanFirst = epochDay(options.fromYear(), 1, 1);
            this.spanUntil = epochDay(options.toYear() + 1, 1, 1);
            for (int[] war : WARS) {
                wars.add(new int[] {epochDay(war[0], 1, 1), epochDay(war[1] + 1, 1, 1)});
            }
            this.source = "Synthetic: generated with seed " + options.seed();
        }

        World build() {
            random = new SplittableRandom(options.seed());
            countries = states();
            List<List<Period>> pairs = calibratedTies();
            random = new SplittableRandom(options.seed() + 2);
            List<Tie> ties = cutTo(pairs, options.ties());
            List<Event> events = events(ties);
            List<State> states = countries.stream().map(c -> new State(c.code, c.name, c.start, c.end)).toList();
            Map<String, String> regionOf = new LinkedHashMap<>();
            countries.forEach(c -> regionOf.put(c.code, REGIONS[c.region]));
            String title = "Synthetic world: " + countries.size() + " states, " + options.fromYear() + "-"
                    + options.toYear() + ", seed " + options.seed();
            return new World(new Dataset(title, states, ties, events), Collections.unmodifiableMap(regionOf));
        }

        // ---- States ----

        private List<Country> states() {
            List<String> isoCodes = new ArrayList<>(StateReference.bundled().namesByCode().keySet());
            shuffle(isoCodes);
            int historical = Math.min(MAX_HISTORICAL,
                    Math.max(options.states() - isoCodes.size(), (int) Math.round(options.states() * HISTORICAL_SHARE)));
            int iso = options.states() - historical;
            int span = spanUntil - spanFirst;
            List<Country> all = new ArrayList<>();
            for (int i = 0; i < iso; i++) {
                String code = isoCodes.get(i);
                PartialDate start = null;
                if (random.nextDouble() < FOUNDED_SHARE) {
                    start = dateWithPrecision(dayInWaves(FOUNDING_WAVES, spanFirst + 1, spanUntil - span / 10), spanFirst + 1);
                }
                all.add(new Country(code, StateReference.bundled().nameOf(code).orElseThrow(), start, null,
                        spanFirst, spanUntil));
            }
            Set<String> names = new HashSet<>();
            for (int h = 0; h < historical; h++) {
                PartialDate start = null;
                PartialDate end;
                if (h % 2 == 0) {
                    // An old state that ceases: unified into a neighbour, or dissolved.
                    end = dateWithPrecision(dayInWaves(ENDING_WAVES, spanFirst + span / 10, spanUntil - 1), spanFirst + 1);
                } else {
                    // A state founded and gone within the span, such as a short-lived union.
                    start = dateWithPrecision(dayInWaves(FOUNDING_WAVES, spanFirst + 1, spanUntil - span / 5), spanFirst + 1);
                    int from = epochDay(start);
                    int endDay = from + 365 * (3 + random.nextInt(58));
                    if (endDay >= spanUntil) {
                        endDay = from + 1 + (spanUntil - from - 1) / 2;
                    }
                    end = dateWithPrecision(endDay, from + 1);
                }
                all.add(new Country(String.format(Locale.ROOT, "HS%03d", h + 1), historicalName(names), start, end, spanFirst, spanUntil));
            }
            assignRegions(all);
            for (Country country : all) {
                // Some states take part in far more relations than others.
                country.activity = Math.min(3, Math.max(0.3, Math.exp(0.5 * random.nextGaussian())));
            }
            all.sort(Comparator.comparing(c -> c.code));
            for (Country country : all) {
                if (country.end != null && random.nextDouble() < 0.6) {
                    country.successor = successorOf(country, all);
                }
            }
            return all;
        }

        private String historicalName(Set<String> taken) {
            while (true) {
                String name = pick(FORMS) + " " + pick(ROOTS) + pick(ENDINGS);
                if (taken.add(name)) {
                    return name;
                }
            }
        }

        private void assignRegions(List<Country> all) {
            regionCount = Math.min(all.size(), 5 + random.nextInt(3));
            double[] weights = new double[regionCount];
            for (int r = 0; r < regionCount; r++) {
                weights[r] = 0.6 + 0.8 * random.nextDouble();
            }
            List<Country> order = new ArrayList<>(all);
            shuffle(order);
            for (int i = 0; i < order.size(); i++) {
                // Every region has a state before the rest are spread by weight.
                order.get(i).region = i < regionCount ? i : weighted(weights);
            }
        }

        private Country successorOf(Country ceased, List<Country> all) {
            List<Country> candidates = new ArrayList<>();
            for (Country other : all) {
                if (other != ceased && other.region == ceased.region && other.existsOn(ceased.until)
                        && other.existsOn(ceased.until - 1)) {
                    candidates.add(other);
                }
            }
            return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
        }

        /** A day in [lo, hi), preferring the waves that fall in it; anywhere in it when none does. */
        private int dayInWaves(int[][] waves, int lo, int hi) {
            if (hi <= lo) {
                return lo;
            }
            List<int[]> windows = new ArrayList<>();
            double[] weights = new double[waves.length];
            for (int[] wave : waves) {
                int first = Math.max(lo, epochDay(wave[0], 1, 1));
                int until = Math.min(hi, epochDay(wave[1] + 1, 1, 1));
                if (first < until) {
                    weights[windows.size()] = wave[2];
                    windows.add(new int[] {first, until});
                }
            }
            if (windows.isEmpty()) {
                return lo + random.nextInt(hi - lo);
            }
            int[] window = windows.get(weighted(Arrays.copyOf(weights, windows.size())));
            return window[0] + random.nextInt(window[1] - window[0]);
        }

        // ---- Ties ----

        /**
         * Runs the history of every pair at a pace that gives at least the number of ties asked and not many
         * more, so that cutting down to it drops few pairs.
         */
        private List<List<Period>> calibratedTies() {
            int wanted = options.ties();
            if (wanted == 0) {
                return List.of();
            }
            double weight = 0;
            for (int i = 0; i < countries.size(); i++) {
                for (int j = i + 1; j < countries.size(); j++) {
                    Country a = countries.get(i);
                    Country b = countries.get(j);
                    weight += affinity(a, b) * Math.max(0, Math.min(a.until, b.until) - Math.max(a.first, b.first)) / 365.25;
                }
            }
            // Roughly one tie begins at each change of a pair, taking together its two directions and the
            // changes that only end ties; the attempts correct the rest.
            double pace = wanted / Math.max(1e-9, weight);
            List<List<Period>> best = null;
            long bestCount = -1;
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                // A run far past the number wanted is stopped early; even the slowest pace may give a few
                // thousand ties, as related pairs at the start and new states recognised at once do not wait.
                long limit = Math.max((long) (2 * ENOUGH * wanted), wanted + 2_000_000L);
                List<List<Period>> pairs = pairHistories(pace, limit);
                long count = pairs == null ? limit : count(pairs);
                boolean better = bestCount < wanted ? count > bestCount : count >= wanted && count < bestCount;
                if (pairs != null && better) {
                    best = pairs;
                    bestCount = count;
                }
                if (count >= wanted && count <= ENOUGH * wanted) {
                    break;
                }
                double factor = (1 + ENOUGH) / 2 * wanted / Math.max(1, count);
                pace *= Math.max(0.25, Math.min(4, factor));
            }
            return best;
        }

        private static long count(List<List<Period>> pairs) {
            long count = 0;
            for (List<Period> pair : pairs) {
                count += pair.size();
            }
            return count;
        }

        /** The ties of every pair that has any, each pair's in order of start; null past {@code limit} ties. */
        private List<List<Period>> pairHistories(double pace, long limit) {
            SplittableRandom saved = random;
            random = new SplittableRandom(options.seed() + 1);
            try {
                List<List<Period>> pairs = new ArrayList<>();
                long count = 0;
                for (int i = 0; i < countries.size(); i++) {
                    for (int j = i + 1; j < countries.size(); j++) {
                        List<Period> periods = pairHistory(countries.get(i), countries.get(j), pace);
                        if (!periods.isEmpty()) {
                            pairs.add(periods);
                            count += periods.size();
                            if (count > limit) {
                                return null;
                            }
                        }
                    }
                }
                return pairs;
            } finally {
                random = saved;
            }
        }

        private List<Period> pairHistory(Country a, Country b, double pace) {
            int lo = Math.max(a.first, b.first);
            int hi = Math.min(a.until, b.until);
            if (hi - lo < 2) {
                return List.of();
            }
            double affinity = affinity(a, b);
            List<Step> steps = new ArrayList<>();
            int level = 0;
            int last = lo - 1;
            if (lo == spanFirst) {
                // Some pairs are already related when the span begins.
                if (random.nextDouble() < 0.5 * affinity) {
                    level = random.nextDouble() < 0.6 ? 2 : 3;
                    steps.add(new Step(lo, yearOf(lo), level));
                    last = lo;
                }
            } else if (random.nextDouble() < Math.min(0.9, 0.7 * affinity)) {
                // A new state is recognised by its neighbours within weeks.
                int day = lo + (int) (60 * exponential());
                if (day < hi) {
                    PartialDate date = dateWithPrecision(day, lo);
                    level = 2;
                    last = epochDay(date);
                    steps.add(new Step(last, date, level));
                }
            }
            double time = Math.max(lo, last);
            while (true) {
                double perDay = pace * affinity * era(time) * CHANGES_PER_YEAR[level] / 365.25;
                time += Math.max(1, exponential() / perDay);
                if (time >= hi) {
                    break;
                }
                // Floored, as days before 1970 are negative and a cast would round them up.
                int day = (int) Math.floor(time);
                level = nextLevel(level, inWar(day));
                PartialDate date = dateWithPrecision(day, last + 1);
                last = epochDay(date);
                steps.add(new Step(last, date, level));
            }
            if (steps.isEmpty()) {
                return List.of();
            }
            boolean aLeads = random.nextBoolean();
            Country leader = aLeads ? a : b;
            Country follower = aLeads ? b : a;
            PartialDate end = hi == spanUntil ? null : (a.until == hi ? a.end : b.end);
            List<Period> periods = new ArrayList<>();
            periods(leader, follower, steps, end, periods);
            periods(follower, leader, followerSteps(steps, hi), end, periods);
            periods.sort(Comparator.comparingInt(p -> epochDay(p.start())));
            return periods;
        }

        /**
         * The other direction mostly moves on the same day; sometimes later, and a few states never rise to
         * recognition or to ambassadors however the other side behaves.
         */
        private List<Step> followerSteps(List<Step> leader, int hi) {
            double u = random.nextDouble();
            int cap = u < 0.08 ? 1 : u < 0.13 ? 2 : 3;
            List<Step> steps = new ArrayList<>();
            int level = 0;
            for (int k = 0; k < leader.size(); k++) {
                Step step = leader.get(k);
                int next = k + 1 < leader.size() ? leader.get(k + 1).day() : hi;
                if (step.day() != spanFirst && next - step.day() > 1 && random.nextDouble() < 0.3) {
                    int lag = 1 + random.nextInt(Math.min(365, next - step.day() - 1));
                    PartialDate date = dateWithPrecision(step.day() + lag, step.day() + 1);
                    step = new Step(epochDay(date), date, step.level());
                }
                int capped = Math.min(cap, step.level());
                if (capped != level) {
                    level = capped;
                    steps.add(new Step(step.day(), step.date(), level));
                }
            }
            return steps;
        }

        /** The ties of one direction: a tie of a type for each stretch of levels that hold it. */
        private static void periods(Country from, Country to, List<Step> steps, PartialDate end, List<Period> out) {
            for (TieType type : TieType.values()) {
                PartialDate open = null;
                for (Step step : steps) {
                    boolean holds = holds(type, step.level());
                    if (holds && open == null) {
                        open = step.date();
                    } else if (!holds && open != null) {
                        out.add(new Period(from, to, type, open, step.date()));
                        open = null;
                    }
                }
                if (open != null) {
                    out.add(new Period(from, to, type, open, end));
                }
            }
        }

        private static boolean holds(TieType type, int level) {
            return switch (type) {
                case ENGAGEMENT -> level == 1;
                case RECOGNITION -> level >= 2;
                case AMBASSADOR -> level == 3;
            };
        }

        private int nextLevel(int level, boolean war) {
            double u = random.nextDouble();
            double down = war ? 2 : 1;
            return switch (level) {
                case 0 -> u < 0.65 ? 1 : 2;
                case 1 -> u < 0.3 * down ? 0 : 2;
                case 2 -> u < 0.15 * down ? 0 : u < 0.3 * down ? 1 : 3;
                default -> u < 0.3 * down ? 0 : 2;
            };
        }

        private double affinity(Country a, Country b) {
            return (a.region == b.region ? 1 : ACROSS_REGIONS) * Math.sqrt(a.activity * b.activity);
        }

        /** Diplomacy quickens over the span: late years see many more changes than early ones. */
        private double era(double day) {
            double x = (day - spanFirst) / (spanUntil - spanFirst);
            return 0.15 + 2.55 * x * x;
        }

        private boolean inWar(int day) {
            for (int[] war : wars) {
                if (war[0] <= day && day < war[1]) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Exactly {@code wanted} ties (or all there are): whole pairs in random order, and the first ties of the
         * last pair taken. Any subset of valid ties is valid, and a pair's first ties are its early history.
         */
        private List<Tie> cutTo(List<List<Period>> pairs, int wanted) {
            List<List<Period>> order = new ArrayList<>(pairs);
            shuffle(order);
            List<Tie> ties = new ArrayList<>(wanted);
            for (List<Period> pair : order) {
                for (int k = 0; k < pair.size() && ties.size() < wanted; k++) {
                    ties.add(tie(pair.get(k)));
                }
                if (ties.size() == wanted) {
                    break;
                }
            }
            ties.sort(Comparator.comparing(Tie::start).thenComparing(Tie.ORDER));
            return ties;
        }

        private Tie tie(Period p) {
            String what = switch (p.type()) {
                case RECOGNITION -> " recognises ";
                case AMBASSADOR -> " accepts an ambassador of ";
                case ENGAGEMENT -> " engages with ";
            };
            return new Tie(p.from().code, p.to().code, p.type(), p.start(), p.end(),
                    "Synthetic: " + p.from().name + what + p.to().name, source, confidence(p.start()));
        }

        /** Vaguer dates come from vaguer sources. */
        private Confidence confidence(PartialDate date) {
            double u = random.nextDouble();
            return switch (date.precision()) {
                case DAY -> u < 0.85 ? Confidence.HIGH : u < 0.97 ? Confidence.MEDIUM : Confidence.LOW;
                case MONTH -> u < 0.5 ? Confidence.HIGH : u < 0.9 ? Confidence.MEDIUM : Confidence.LOW;
                case YEAR -> u < 0.2 ? Confidence.HIGH : u < 0.7 ? Confidence.MEDIUM : Confidence.LOW;
            };
        }

        // ---- Events ----

        private List<Event> events(List<Tie> ties) {
            List<Event> events = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (Country country : countries) {
                if (country.start != null) {
                    add(events, keys, country.start, country.name + " becomes independent", List.of(country.code));
                }
                if (country.end != null) {
                    if (country.successor != null) {
                        add(events, keys, country.end, country.name + " merges into " + country.successor.name,
                                List.of(country.code, country.successor.code));
                    } else {
                        add(events, keys, country.end, country.name + " is dissolved", List.of(country.code));
                    }
                }
            }
            tieEvents(ties, events, keys);
            conferences(events, keys);
            events.sort(Comparator.comparing(Event::date).thenComparing(Event::title));
            return events;
        }

        private void tieEvents(List<Tie> ties, List<Event> events, Set<String> keys) {
            Map<String, String> names = new HashMap<>();
            countries.forEach(c -> names.put(c.code, c.name));
            int wanted = Math.min(250, ties.size() / 200);
            for (int n = 0; n < wanted; n++) {
                Tie tie = ties.get(random.nextInt(ties.size()));
                if (tie.start().firstDay().toEpochDay() == spanFirst) {
                    // Relations older than the span are its background, not news.
                    continue;
                }
                String from = names.get(tie.from());
                String to = names.get(tie.to());
                List<String> both = List.of(tie.from(), tie.to());
                if (tie.type() == TieType.RECOGNITION && tie.end() != null && random.nextBoolean()) {
                    add(events, keys, tie.end(), from + " withdraws recognition of " + to, both);
                } else {
                    String title = switch (tie.type()) {
                        case RECOGNITION -> from + " recognises " + to;
                        case AMBASSADOR -> to + "'s ambassador presents credentials in " + from;
                        case ENGAGEMENT -> "Talks between " + from + " and " + to;
                    };
                    add(events, keys, tie.start(), title, both);
                }
            }
        }

        /** A few meetings of each region's states, more of them in later years. */
        private void conferences(List<Event> events, Set<String> keys) {
            for (int region = 0; region < regionCount; region++) {
                for (int n = 0; n < 4; n++) {
                    int day = spanFirst + (int) ((spanUntil - spanFirst - 1) * Math.sqrt(random.nextDouble()));
                    List<Country> members = new ArrayList<>();
                    for (Country country : countries) {
                        if (country.region == region && country.existsOn(day)) {
                            members.add(country);
                        }
                    }
                    if (members.size() < 2) {
                        continue;
                    }
                    shuffle(members);
                    List<String> codes = members.subList(0, Math.min(6, members.size())).stream()
                            .map(c -> c.code).sorted().toList();
                    PartialDate date = dateWithPrecision(day, spanFirst);
                    add(events, keys, date, "Conference of the " + REGIONS[region] + " states", codes);
                }
            }
        }

        private void add(List<Event> events, Set<String> keys, PartialDate date, String title, List<String> states) {
            if (keys.add(date + "\n" + title)) {
                events.add(new Event(date, title, "Synthetic: " + title + ".", source, states));
            }
        }

        // ---- Dates and randomness ----

        /**
         * The day written as a day, mostly, or as its month or year; a month or year whose first day would
         * fall before {@code floor} is written more precisely, so that the date still means a day from floor on.
         */
        private PartialDate dateWithPrecision(int day, int floor) {
            LocalDate date = LocalDate.ofEpochDay(day);
            double u = random.nextDouble();
            if (u >= 0.93 && date.withDayOfYear(1).toEpochDay() >= floor) {
                return yearOf(day);
            }
            if (u >= 0.8 && date.withDayOfMonth(1).toEpochDay() >= floor) {
                return coarse(String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue()));
            }
            return PartialDate.ofDay(date);
        }

        private PartialDate yearOf(int day) {
            return coarse(String.format(Locale.ROOT, "%04d", LocalDate.ofEpochDay(day).getYear()));
        }

        private PartialDate coarse(String text) {
            return coarseDates.computeIfAbsent(text, PartialDate::parse);
        }

        private double exponential() {
            return -Math.log(1 - random.nextDouble());
        }

        private int weighted(double[] weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double u = random.nextDouble() * total;
            for (int i = 0; i < weights.length - 1; i++) {
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        private String pick(String[] words) {
            return words[random.nextInt(words.length)];
        }

        private <T> void shuffle(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                Collections.swap(list, i, random.nextInt(i + 1));
            }
        }
    }

    private static int epochDay(PartialDate date) {
        return (int) date.firstDay().toEpochDay();
    }

    private static int epochDay(int year, int month, int day) {
        return (int) LocalDate.of(year, month, day).toEpochDay();
    }
}
