package de.lenkwerk.api.v1;

import de.lenkwerk.base.SupportedLocales;
import de.lenkwerk.base.Translations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;

/**
 * RFC 9457 problem details of the REST API, with title and detail from the translation bundles in the caller's
 * language ({@code Accept-Language}; German when it asks for none we have). Codes name the problem in the
 * {@code type} ({@code urn:lenkwerk:problem:<code>}), so that a client can tell problems apart without parsing text.
 */
@Component
public class ApiProblems {

    static final String TYPE_PREFIX = "urn:lenkwerk:problem:";

    private final Translations translations;
    private final JsonMapper json;

    ApiProblems(Translations translations, JsonMapper json) {
        this.translations = translations;
        this.json = json;
    }

    /** The best supported language of the request's Accept-Language header; malformed headers count as none. */
    public Locale locale(HttpServletRequest request) {
        var header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return SupportedLocales.DEFAULT;
        }
        try {
            return Locale.filter(Locale.LanguageRange.parse(header), SupportedLocales.ALL).stream().findFirst()
                    .orElse(SupportedLocales.DEFAULT);
        } catch (IllegalArgumentException e) {
            return SupportedLocales.DEFAULT;
        }
    }

    public String text(Locale locale, String key, Object... args) {
        return translations.text(locale, key, args);
    }

    /** A problem whose title is {@code api.problem.<code>} and whose detail is the given translation. */
    public ProblemDetail problem(HttpStatus status, String code, Locale locale, String detailKey, Object... args) {
        var problem = ProblemDetail.forStatusAndDetail(status, text(locale, detailKey, args));
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(text(locale, "api.problem." + code));
        return problem;
    }

    /** For answers given before a controller is reached (the token filter, the security chain). */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale(request).getLanguage());
        json.writeValue(response.getOutputStream(), body);
    }
}
