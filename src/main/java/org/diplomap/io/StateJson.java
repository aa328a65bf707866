package org.diplomap.io;

/** One entry of a dataset file's {@code states}. */
record StateJson(String code, String name, String start, String end) {
}
