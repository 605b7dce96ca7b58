package de.lenkwerk.api;

import de.lenkwerk.TestData;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Calls the REST API as a program does: through the real security filter chain (the bearer token is the only
 * credential), with JSON bodies, from the address 192.0.2.10. Tokens are made through the real service as their user.
 */
final class ApiClient {

    static final String ADDRESS = "192.0.2.10";

    private final MockMvc mvc;
    private final TestData fixture;
    private final ApiTokenService tokens;
    private final JsonMapper json = JsonMapper.builder().build();

    ApiClient(WebApplicationContext context, TestData fixture, ApiTokenService tokens) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        this.fixture = fixture;
        this.tokens = tokens;
    }

    /** A token of this account, valid for 30 days. */
    String token(TestData.Account account, ApiTokenScope scope) {
        return fixture.as(account, () -> tokens.create(new NewApiToken("Test " + scope, scope,
                fixture.today().plusDays(30)))).secret();
    }

    MvcResult get(String token, String path) {
        return call(token, MockMvcRequestBuilders.get(path));
    }

    MvcResult get(String token, String path, String language) {
        return call(token, MockMvcRequestBuilders.get(path).header(HttpHeaders.ACCEPT_LANGUAGE, language));
    }

    MvcResult post(String token, String path, String ifMatch, Object body) {
        var request = MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(write(body));
        return call(token, ifMatch == null ? request : request.header(HttpHeaders.IF_MATCH, ifMatch));
    }

    MvcResult put(String token, String path, String ifMatch, Object body) {
        var request = MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).content(write(body));
        return call(token, ifMatch == null ? request : request.header(HttpHeaders.IF_MATCH, ifMatch));
    }

    MvcResult call(String token, MockHttpServletRequestBuilder request) {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        request.with(r -> {
            r.setRemoteAddr(ADDRESS);
            return r;
        });
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode body(MvcResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String write(Object body) {
        return body instanceof String text ? text : json.writeValueAsString(body);
    }

    /** The JSON of an action as the API takes it, from its fields. */
    static java.util.Map<String, Object> action(String title, long ownerPersonId, LocalDate deadline, int progress) {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("title", title);
        map.put("ownerPersonId", ownerPersonId);
        map.put("startDate", deadline.minusDays(60).toString());
        map.put("deadline", deadline.toString());
        map.put("status", "IN_PROGRESS");
        map.put("progress", progress);
        return map;
    }
}
