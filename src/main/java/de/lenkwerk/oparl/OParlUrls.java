package de.lenkwerk.oparl;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/** Every OParl address, from {@code lenkwerk.base-url}: the ids of the objects are their URLs. */
@Component
class OParlUrls {

    static final String PREFIX = "/oparl/v1";
    /** The committee itself, as an OParl organisation of its body (next to the organisations its members sit for). */
    static final String COMMITTEE = "gremium";

    private final String root;

    OParlUrls(@Value("${lenkwerk.base-url}") String baseUrl) {
        this.root = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + PREFIX;
    }

    String system() {
        return root + "/system";
    }

    String bodies() {
        return root + "/bodies";
    }

    String body(long id) {
        return root + "/body/" + id;
    }

    String bodyList(long bodyId, String list) {
        return body(bodyId) + "/" + list;
    }

    String committee(long bodyId) {
        return body(bodyId) + "/organization/" + COMMITTEE;
    }

    String organisation(long bodyId, long organisationId) {
        return body(bodyId) + "/organization/" + organisationId;
    }

    String person(long bodyId, long personId) {
        return body(bodyId) + "/person/" + personId;
    }

    String membership(long id) {
        return root + "/membership/" + id;
    }

    String meeting(long id) {
        return root + "/meeting/" + id;
    }

    String agendaItem(long id) {
        return root + "/agendaitem/" + id;
    }

    String action(long id) {
        return root + "/action/" + id;
    }

    String withParameters(String url, Map<String, String> parameters) {
        var builder = UriComponentsBuilder.fromUriString(url);
        parameters.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }
}
