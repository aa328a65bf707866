package org.diplomap.ui.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.diplomap.model.Change;

/**
 * A form of text fields that is checked on every change: each field has its value and its problem (empty while
 * it keeps the rules), and the form is valid when no field has a problem. A problem is shown once its field has
 * been typed into, or at once for a field that was filled in when the form opened, so that a new form does not
 * open all in red; the form stays invalid all the same.
 */
public abstract class FormModel {

    /** A field of the form; a field with choices maps each value (a word of the data) to the text shown. */
    public record Field(String name, String label, Map<String, String> choices, String prompt) {

        public Field {
            choices = choices == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(choices));
        }

        static Field text(String name, String label, String prompt) {
            return new Field(name, label, null, prompt);
        }

        static Field choice(String name, String label, Map<String, String> choices) {
            return new Field(name, label, choices, null);
        }

        public boolean hasChoices() {
            return !choices.isEmpty();
        }
    }

    private final String title;
    private final List<Field> fields;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();
    private final Set<String> locked = new HashSet<>();
    private final Set<String> touched = new HashSet<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private Map<String, String> allProblems = Map.of();

    protected FormModel(String title, List<Field> fields) {
        this.title = title;
        this.fields = List.copyOf(fields);
        for (Field field : fields) {
            StringProperty value = new SimpleStringProperty(this, field.name(), "");
            value.addListener((obs, old, text) -> {
                touched.add(field.name());
                revalidate();
            });
            values.put(field.name(), value);
            problems.put(field.name(), new ReadOnlyStringWrapper(this, field.name() + "Problem", ""));
        }
    }

    /** Fills the fields before the form is shown; filled fields show their problems at once. */
    protected final void fill(Map<String, String> initial) {
        initial.forEach((name, text) -> value(name).set(text == null ? "" : text));
        touched.clear();
        initial.forEach((name, text) -> {
            if (text != null && !text.isEmpty()) {
                touched.add(name);
            }
        });
        revalidate();
    }

    /** Fields that show their value but cannot be changed in this form. */
    protected final void lock(String... names) {
        locked.addAll(List.of(names));
    }

    public String title() {
        return title;
    }

    public List<Field> fields() {
        return fields;
    }

    public StringProperty value(String name) {
        return Objects.requireNonNull(values.get(name), () -> "no field " + name);
    }

    /** The text of a field without the blanks around it. */
    protected final String text(String name) {
        return value(name).get() == null ? "" : value(name).get().strip();
    }

    /** What is wrong with a field, in the words of the importer; empty when nothing or not shown yet. */
    public ReadOnlyStringProperty problem(String name) {
        return problems.get(name).getReadOnlyProperty();
    }

    /** Every problem, shown or not: the reasons the form cannot be confirmed. */
    public Map<String, String> allProblems() {
        return allProblems;
    }

    public boolean isLocked(String name) {
        return locked.contains(name);
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** The problem of each field that breaks a rule, by field name. */
    protected abstract Map<String, String> check();

    /** The edit the form describes; only when it is valid. */
    public abstract Change change();

    protected final void revalidate() {
        allProblems = Map.copyOf(check());
        problems.forEach((name, problem) -> problem.set(touched.contains(name)
                ? allProblems.getOrDefault(name, "") : ""));
        valid.set(allProblems.isEmpty());
    }
}
