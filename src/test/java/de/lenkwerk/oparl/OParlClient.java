package de.lenkwerk.oparl;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Calls the OParl interface as a client on the internet would: plain HTTP, no session, no cookie. The objects'
 * URLs start with the configured public address ({@link #PUBLIC_ADDRESS}); the client sends them to the test server.
 */
final class OParlClient {

    static final String PUBLIC_ADDRESS = "https://oparl.example.org/lenkwerk";
    static final String ROOT = PUBLIC_ADDRESS + OParlUrls.PREFIX;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;

    OParlClient(int port) {
        this.port = port;
    }

    Answer get(String url) {
        if (!url.startsWith(PUBLIC_ADDRESS + "/")) {
            throw new AssertionError("not an address of this installation: " + url);
        }
        var local = "http://localhost:" + port + url.substring(PUBLIC_ADDRESS.length());
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(local)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(url, response, response.body().isEmpty() ? null : json.readTree(response.body()));
        } catch (IOException e) {
            throw new AssertionError("no answer from " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    record Answer(String url, HttpResponse<String> response, JsonNode body) {

        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }
}
