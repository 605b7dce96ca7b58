package de.lenkwerk.organisation;

/**
 * The one way a person's name is written wherever an owner or deputy appears: lists, the action page, pickers, the
 * report and the dashboards. People who cannot sign in are marked "ohne Zugang" (they answer through a personal
 * link), so the secretariat sees at a glance whom a status round reaches only by mail.
 */
public final class PersonNames {

    /** The marker alone, e.g. for a badge beside a name. */
    public static final String WITHOUT_ACCESS = "person.without-access";

    /** Looks up a text by key, e.g. a component's {@code getTranslation} or the report's translations for its locale. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... params);
    }

    private PersonNames() {
    }

    /** "Petra Schulz", "Petra Schulz (ohne Zugang)"; null stays null. */
    public static String of(String fullName, boolean withoutAccess, Texts texts) {
        return of(fullName, null, withoutAccess, texts);
    }

    /** "Petra Schulz (Agentur für Arbeit)", "Petra Schulz (Agentur für Arbeit, ohne Zugang)"; null stays null. */
    public static String of(String fullName, String organisationName, boolean withoutAccess, Texts texts) {
        if (fullName == null) {
            return null;
        }
        if (organisationName == null || organisationName.isBlank()) {
            return withoutAccess ? texts.text("person.name.without-access", fullName) : fullName;
        }
        return texts.text(withoutAccess ? "person.name.organisation.without-access" : "person.name.organisation",
                fullName, organisationName);
    }

    /**
     * A name as {@link #of(String, boolean, Texts)} wrote it, without the "ohne Zugang" mark: what an import of the
     * report looks up. The mark is taken off in each of the given wordings ({@code texts} per language).
     */
    public static String withoutMark(String written, java.util.Collection<Texts> languages) {
        if (written == null) {
            return null;
        }
        var name = written.strip();
        for (var texts : languages) {
            var pattern = texts.text("person.name.without-access", "\u0000");
            var cut = pattern.indexOf('\u0000');
            var before = pattern.substring(0, cut);
            var after = pattern.substring(cut + 1);
            if (!after.isEmpty() && name.startsWith(before) && name.endsWith(after)
                    && name.length() > before.length() + after.length()) {
                return name.substring(before.length(), name.length() - after.length()).strip();
            }
        }
        return name;
    }
}
