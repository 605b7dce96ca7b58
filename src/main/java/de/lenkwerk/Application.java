package de.lenkwerk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/lenkwerk.css")
public class Application implements AppShellConfigurator {

    private static final String ACCESSIBILITY_SCRIPT = resource("/META-INF/resources/js/lenkwerk-a11y.js");

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/lenkwerk.svg", "any");
        // workarounds for faults inside Vaadin components (grid sorter names, ...), on every page including sign-in
        settings.addInlineWithContents(Inline.Position.APPEND, ACCESSIBILITY_SCRIPT, Inline.Wrapping.JAVASCRIPT);
    }

    private static String resource(String path) {
        try (var in = Application.class.getResourceAsStream(path)) {
            return new String(java.util.Objects.requireNonNull(in, path).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
