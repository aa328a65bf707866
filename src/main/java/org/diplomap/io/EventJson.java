package org.diplomap.io;

import java.util.List;

/** One entry of a dataset file's {@code events}. */
record EventJson(String date, String title, String description, String source, List<String> states) {
}
