package de.lenkwerk.base;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All UI text comes from {@code messages.properties} (German, the default) and {@code messages_en.properties}.
 * The bundles never fall back to the JVM's locale, so a server running in English still shows German by default.
 */
@Component
public class Translations implements I18NProvider {

    private final java.util.Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLocales.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        var bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
        if (params.length == 0) {
            return pattern;
        }
        // building a MessageFormat is costly and reports format thousands of rows; MessageFormat is not thread-safe
        var format = formats.computeIfAbsent(bundle.getLocale() + "|" + key,
                k -> new MessageFormat(pattern, formatLocale(bundle)));
        synchronized (format) {
            return format.format(params);
        }
    }

    /** German lives in the base bundle, whose locale is ROOT; numbers and dates there are still written the German way. */
    private static Locale formatLocale(ResourceBundle bundle) {
        return Locale.ROOT.equals(bundle.getLocale()) ? SupportedLocales.DEFAULT : bundle.getLocale();
    }

    /** Shorthand for services that produce text outside a UI, e.g. mails and reports. */
    public String text(Locale locale, String key, Object... params) {
        return getTranslation(key, locale, params);
    }

    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("-?(0|[1-9]\\d{0,17})");

    /**
     * Arguments for a pattern from values that were stored as text (notifications, traffic-light reasons): a whole
     * number becomes a {@link Long} where the pattern formats it ({@code {0,choice,1#…|1<…}}, {@code {0,number}}), so
     * that it can choose singular or plural, and stays exactly as stored where the pattern only inserts it
     * ({@code {0}}), so that a title "2026" does not turn into "2.026".
     */
    public static Object[] storedArguments(String pattern, List<?> values) {
        var formatted = FORMATTED_ARGUMENTS.computeIfAbsent(pattern, Translations::formattedArguments);
        var result = new Object[values.size()];
        for (int i = 0; i < result.length; i++) {
            var value = values.get(i);
            var numeric = i < formatted.length && formatted[i];
            if (numeric && value instanceof String text && WHOLE_NUMBER.matcher(text).matches()) {
                result[i] = Long.valueOf(text);
            } else if (!numeric && value instanceof Long number) {
                result[i] = number.toString();
            } else {
                result[i] = value;
            }
        }
        return result;
    }

    /** Reports translate a reason per row, so which arguments a pattern formats is worked out once per pattern. */
    private static final java.util.Map<String, boolean[]> FORMATTED_ARGUMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean[] formattedArguments(String pattern) {
        java.text.Format[] formats;
        try {
            formats = new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex();
        } catch (IllegalArgumentException e) {
            return new boolean[0];
        }
        var result = new boolean[formats.length];
        for (int i = 0; i < formats.length; i++) {
            result[i] = formats[i] != null;
        }
        return result;
    }

    private static final java.util.Map<Locale, ResourceBundle> BUNDLES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Reports translate hundreds of thousands of cells, so the bundle per locale is looked up once. */
    static ResourceBundle bundle(Locale locale) {
        var key = locale == null ? SupportedLocales.DEFAULT : locale;
        return BUNDLES.computeIfAbsent(key, l -> {
            var resolved = SupportedLocales.resolve(l.toLanguageTag());
            // German lives in the base bundle, so "de" resolves to it without a messages_de file.
            return ResourceBundle.getBundle(BUNDLE, resolved, NO_FALLBACK);
        });
    }
}
