package org.diplomap.io;

import java.util.List;

/**
 * One entry of a dataset file's {@code views}. Words stay text so unknown ones get a clear error; the centre is
 * a list so that a wrong length is ours to report.
 */
record ViewJson(String name, String date, List<String> hiddenTypes, Boolean hideStatesWithoutTies, String focus,
                String layout, Double zoom, List<Double> centre) {
}
