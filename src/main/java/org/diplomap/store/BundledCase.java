package org.diplomap.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.diplomap.io.DatasetFormatException;
import org.diplomap.io.DatasetReader;
import org.diplomap.model.Dataset;

/** A dataset that ships inside the program, ready to open. */
public record BundledCase(String id, String title, String resource) {

    /** The case a new database starts with. */
    public static final BundledCase AFGHANISTAN = new BundledCase("afghanistan",
            "Recognition of the Islamic Emirate of Afghanistan", "/assets/data/afghanistan.json");

    /** The states that turned from the Republic of China in Taipei to the People's Republic in Beijing, and back. */
    public static final BundledCase TWO_CHINAS = new BundledCase("two-chinas",
            "The two Chinas: recognition of Beijing and Taipei, 1949-2024", "/assets/data/two-chinas.json");

    /** Every bundled case, in the order File > Open bundled case lists them. */
    public static List<BundledCase> all() {
        return List.of(AFGHANISTAN, TWO_CHINAS);
    }

    /** Reads the case from the program's resources. */
    public Dataset read() {
        try (InputStream in = BundledCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("The bundled dataset " + resource + " is missing from the program");
            }
            return new DatasetReader().read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DatasetFormatException e) {
            throw new StoreException("The bundled dataset " + resource + " is broken: " + e.getMessage(), e);
        }
    }
}
