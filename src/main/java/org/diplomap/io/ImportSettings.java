package org.diplomap.io;

/**
 * Choices a person makes about an import. {@code skipUnmatched}: rows naming a country that matches no state
 * are left out instead of refusing the file.
 */
public record ImportSettings(boolean skipUnmatched) {

    public static final ImportSettings STRICT = new ImportSettings(false);
}
