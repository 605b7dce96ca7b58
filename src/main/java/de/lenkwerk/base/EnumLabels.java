package de.lenkwerk.base;

/** The one place that names the translation key of an enum constant: {@code enum.<Type>.<CONSTANT>}. */
public final class EnumLabels {

    private EnumLabels() {
    }

    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
