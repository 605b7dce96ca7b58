package de.lenkwerk.journeys;

import com.microsoft.playwright.Page;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Screen-reader texts ({@code aria-label}, {@code title}, {@code placeholder}) in English on a German page, through
 * all open shadow roots: what Vaadin components say by themselves when nobody gave them German texts.
 */
final class EnglishTexts {

    /** Words of the components' English defaults that a German text would not contain. */
    static final Pattern ENGLISH = Pattern.compile("(?i)\\b(show|hide|more options|sort by|close|clear|toggle|remove|"
            + "retry|cancel|confirm|select|previous|next|today|loading|search|expand|collapse|password|required|"
            + "invalid|notifications?|upload|drop files?|open|calendar|week|month|year|of the)\\b");

    /** Texts that are meant to be bilingual. */
    static final List<String> ALLOWED = List.of("Sprache / Language", "English");

    private static final String COLLECT = """
            () => {
              const found = [];
              const visit = (root) => {
                root.querySelectorAll('*').forEach(el => {
                  for (const attribute of ['aria-label', 'title', 'placeholder']) {
                    const value = el.getAttribute(attribute);
                    if (value && value.trim()) {
                      found.push({ attribute, value: value.trim(), element: el.localName + (el.id ? '#' + el.id : '') });
                    }
                  }
                  if (el.shadowRoot) {
                    visit(el.shadowRoot);
                  }
                });
              };
              visit(document);
              return found;
            }""";

    private EnglishTexts() {
    }

    /** Each English text on the page as "state: element[attribute]=value". */
    static List<String> scan(Page page, String state) {
        @SuppressWarnings("unchecked")
        var texts = (List<Map<String, String>>) page.evaluate(COLLECT);
        return texts.stream()
                .filter(t -> !ALLOWED.contains(t.get("value")) && ENGLISH.matcher(t.get("value")).find())
                .map(t -> state + ": " + t.get("element") + "[" + t.get("attribute") + "]=" + t.get("value"))
                .distinct()
                .toList();
    }
}
