package org.diplomap.io;

/** One entry of a dataset file's {@code ties}; type and confidence stay text so unknown words get a clear error. */
record TieJson(String from, String to, String type, String start, String end,
               String description, String source, String confidence) {
}
