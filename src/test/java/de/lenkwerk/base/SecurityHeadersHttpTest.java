package de.lenkwerk.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The protective headers as a browser or a scanner sees them, over plain HTTP on a random port: the same set on every
 * kind of address, and behind a TLS proxy a secure session cookie and HSTS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SecurityHeadersHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/", "/massnahmen", "/gibt-es-nicht", "/statusbericht", "/styles/lenkwerk.css",
            "/api/v1/bodies", "/api/v1/openapi.json", "/oparl/v1/system", "/barrierefreiheit"})
    void everyKindOfAddressCarriesTheSameProtectiveHeaders(String path) throws Exception {
        var response = get(path, false);

        assertThat(response.statusCode()).as(path).isLessThan(500);
        var headers = response.headers();
        assertThat(headers.allValues("Content-Security-Policy")).as(path)
                .containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(headers.allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
        assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
        assertThat(headers.allValues("Referrer-Policy")).as(path).containsExactly("strict-origin-when-cross-origin");
        assertThat(headers.allValues("Permissions-Policy")).as(path).containsExactly(SecurityHeaders.PERMISSIONS_POLICY);
        assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP: " + path).isEmpty();
    }

    @Test
    void thePolicyForbidsFramingForeignScriptsAndPlugins() {
        var policy = List.of(SecurityHeaders.CONTENT_SECURITY_POLICY.split("; "));

        assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'");
        assertThat(policy).filteredOn(directive -> directive.startsWith("script-src"))
                .singleElement().asString().doesNotContain("*").doesNotContain("http").doesNotContain("data:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/antwort/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "/kalender/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.ics"})
    void addressesWithTheirSecretInThePathSendNoReferrer(String path) throws Exception {
        var response = get(path, false);

        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        var response = get("/login", true);

        assertThat(response.headers().allValues("Strict-Transport-Security")).containsExactly(SecurityHeaders.HSTS);
        var cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("; Secure").contains("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
    }

    @Test
    void overPlainHttpTheCookieIsNotMarkedSecureButStaysSameSite() throws Exception {
        var response = get("/login", false);

        var cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).doesNotContain("Secure").containsIgnoringCase("; SameSite=Lax");
    }

    @Test
    void aRedirectToTheSignInCarriesNoSessionIdInTheAddress() throws Exception {
        var response = get("/massnahmen", true);

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContainIgnoringCase("jsessionid"));
    }

    private HttpResponse<String> get(String path, boolean behindTlsProxy) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (behindTlsProxy) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
