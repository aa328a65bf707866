package org.diplomap.cli;

import org.diplomap.model.Confidence;
import picocli.CommandLine.Option;

/** {@code --min-confidence low|medium|high}: the ties less sure than this are left out. */
final class ConfidenceOption {

    @Option(names = "--min-confidence", paramLabel = "low|medium|high",
            description = "Leave out the ties less sure than this (default: low, every tie).")
    String minConfidence;

    /** The least confidence shown: low (every tie) when none is given. */
    Confidence least() {
        if (minConfidence == null) {
            return Confidence.LOW;
        }
        String code = minConfidence.strip().toLowerCase(java.util.Locale.ROOT);
        return Confidence.fromCode(code).orElseThrow(() -> new BadInputException("--min-confidence: '"
                + minConfidence + "' is not a confidence; give low, medium or high"));
    }

    /** The least confidence as asked, for a caption; null when not asked. */
    String asked() {
        return minConfidence == null ? null : least().code();
    }
}
