package de.lenkwerk.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * One simulated browser that speaks Vaadin Flow's UIDL protocol, as Flow's client does: it loads a page, asks for
 * the UI with {@code v-r=init} (with {@code location}, without it the server answers 403), navigates with the
 * {@code ui-navigate} event (the first one after init with a leading slash), keeps syncId and clientId in step, and
 * answers what the browser answers by itself after a response: the grid's {@code confirmUpdate} and the tabs'
 * {@code updateSelectedTab}. Without those answers the server keeps each UI's last large response, and the heap per
 * session reads about twice too high. Cookies are kept by hand (one shared HTTP client serves all users).
 * <p>
 * What the server reports inside an HTTP 200 ({@code appError}, {@code sessionExpired}, {@code resynchronize}) and
 * error pages count as errors: {@link LoadError}.
 */
final class UidlUser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /**
     * The grid's {@code callJsFunction("$connector.confirm", id)} (also with a second argument): the browser answers
     * confirmUpdate(id).
     */
    private static final Pattern CONFIRM = Pattern.compile("\\$(\\d+)\\.\\$connector\\.confirm\\(\\$(\\d+)(,\\$\\d+)*\\)");
    /** The tabs' listener that calls updateSelectedTab(true) once the browser has the tabs' items. */
    private static final Pattern TABS = Pattern.compile(
            "\\$(\\d+)\\.addEventListener\\('items-changed'.*\\$server\\.updateSelectedTab\\((true|false)\\)", Pattern.DOTALL);

    /** The titles of the error page and of the not-found page (German, bundle keys error.page.title, error.not-found.title). */
    private static final String ERROR_TITLE = "Das hat leider nicht geklappt";
    private static final String NOT_FOUND_TITLE = "Seite nicht gefunden";

    private final HttpClient http;
    private final String base;
    private final LoadStatistics statistics;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private String csrfMeta;
    private Integer uiId;
    private String securityKey;
    private int syncId;
    private int clientId;
    private boolean firstNavigation;
    private int historyIndex;
    /** Bytes of the responses of the step now running (uncompressed and as sent). */
    private long stepBytes;
    private long stepWireBytes;

    UidlUser(HttpClient http, String base, LoadStatistics statistics) {
        this.http = http;
        this.base = base;
        this.statistics = statistics;
    }

    long takeStepBytes() {
        var bytes = stepBytes;
        stepBytes = 0;
        stepWireBytes = 0;
        return bytes;
    }

    long stepWireBytes() {
        return stepWireBytes;
    }

    /** A full page load of {@code path} (no leading slash), as typing the address or reloading does. */
    void openPage(String path) {
        unloadCurrentUi();
        var html = get("/" + path, true);
        rememberCsrf(html);
        init(path);
        navigate(path);
    }

    /** The sign-in form's POST, then the page the server sends the user to (the dashboard). */
    void signIn(String username, String password) {
        var token = cookies.getOrDefault("XSRF-TOKEN", csrfMeta);
        var form = "_csrf=" + enc(token) + "&username=" + enc(username) + "&password=" + enc(password);
        var response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        var location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new LoadError("sign-in refused for " + username + ": " + response.statusCode() + " " + location);
        }
        var path = URI.create(base).resolve(location).getPath().replaceFirst("^/", "");
        openPage(path);
    }

    /** A click on a link inside the application; the not-found page and the error page count as errors. */
    void navigate(String route) {
        if (!open(route)) {
            throw new LoadError("'" + route + "' answered the not-found page");
        }
    }

    /** Whether the route shows a page to this user (not the not-found page); used to find what a user may see. */
    boolean probe(String route) {
        return open(route);
    }

    /** A {@code ui-navigate} event on the UI node, as a click on a link inside the application sends it. */
    private boolean open(String route) {
        var data = JSON.createObjectNode();
        data.put("route", firstNavigation ? "/" + route : route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex);
        data.put("trigger", firstNavigation ? "" : "client");
        var event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", 1);
        event.put("event", "ui-navigate");
        event.set("data", data);
        var answer = uidl(List.of(event));
        firstNavigation = false;
        historyIndex++;
        var text = answer.toString();
        if (text.contains("vaadin-login-form") && !route.startsWith("login")) {
            throw new LoadError("navigation to '" + route + "' ended on the sign-in page");
        }
        lastResponse = text;
        // every view sets its title; the error views keep their component between navigations, so their ids are
        // not sent again, but the title always is
        var title = title(answer);
        if (title.startsWith(ERROR_TITLE)) {
            throw new LoadError("'" + route + "' answered the error page");
        }
        return !title.startsWith(NOT_FOUND_TITLE);
    }

    private static String title(JsonNode answer) {
        for (var execute : answer.path("execute")) {
            if (execute.get(execute.size() - 1).asString().contains("document.title = $0")) {
                return execute.get(0).asString();
            }
        }
        return "";
    }

    private String lastResponse = "";

    /** The text of the last navigation's answer, to pick the next link from. */
    String lastResponse() {
        return lastResponse;
    }

    /** Signs out as Spring Security's logout does (POST /logout with the page's token); the session ends. */
    void signOut() {
        unloadCurrentUi();
        var token = cookies.getOrDefault("XSRF-TOKEN", csrfMeta);
        var response = send(HttpRequest.newBuilder(URI.create(base + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token))));
        if (response.statusCode() != 302) {
            throw new LoadError("sign-out answered " + response.statusCode());
        }
        cookies.clear();
    }

    /** What the browser sends for the old UI when the page is left or reloaded (a beacon with UNLOAD). */
    private void unloadCurrentUi() {
        if (uiId == null) {
            return;
        }
        var message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        message.putArray("rpc");
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        message.put("UNLOAD", true);
        post("/?v-r=uidl&v-uiId=" + uiId, message.toString(), "application/json; charset=UTF-8");
        uiId = null;
    }

    private void init(String location) {
        var query = "v-r=init&location=" + enc(location) + "&query=&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800"
                + "&v-bw=1280&v-curdate=" + System.currentTimeMillis() + "&v-tzo=-60&v-dstd=60&v-rtzo=-60"
                + "&v-dston=false&v-tzid=Europe%2FBerlin&v-wn=v-" + Math.random() + "&v-td=false&v-pr=1"
                + "&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
                + "&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";
        var text = get("/?" + query, false);
        var json = JSON.readTree(text);
        var config = json.path("appConfig");
        if (config.isMissingNode()) {
            throw new LoadError("init without appConfig: " + abbreviate(text));
        }
        uiId = config.path("v-uiId").asInt();
        var uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        firstNavigation = true;
        historyIndex = 0;
        checkForErrors(uidl, text);
    }

    /** Sends one UIDL message, then the browser's own follow-ups until the server has nothing more to confirm. */
    private JsonNode uidl(List<ObjectNode> rpc) {
        var answer = exchange(rpc);
        for (int round = 0; round < 5; round++) {
            var followUps = followUps(answer);
            if (followUps.isEmpty()) {
                break;
            }
            exchange(followUps);
        }
        return answer;
    }

    private JsonNode exchange(List<ObjectNode> rpc) {
        var message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        ArrayNode invocations = message.putArray("rpc");
        rpc.forEach(invocations::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        var text = post("/?v-r=uidl&v-uiId=" + uiId, message.toString(), "application/json; charset=UTF-8");
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (RuntimeException e) {
            throw new LoadError("UIDL answer is not JSON: " + abbreviate(text));
        }
        if (json.isArray()) {
            json = json.get(0);
        }
        checkForErrors(json, text);
        if (json.has("syncId")) {
            syncId = json.get("syncId").asInt();
        }
        clientId = json.has("clientId") ? json.get("clientId").asInt() : clientId + 1;
        return json;
    }

    /** The calls Flow's client makes by itself after applying a response. */
    private static List<ObjectNode> followUps(JsonNode answer) {
        var calls = new ArrayList<ObjectNode>();
        for (var execute : answer.path("execute")) {
            var script = execute.get(execute.size() - 1).asString();
            Matcher confirm = CONFIRM.matcher(script);
            if (confirm.find()) {
                var node = execute.get(Integer.parseInt(confirm.group(1))).path("@v-node");
                var id = execute.get(Integer.parseInt(confirm.group(2)));
                if (node.isNumber() && id != null) {
                    calls.add(published(node.asInt(), "confirmUpdate", JSON.createArrayNode().add(id)));
                }
            }
            Matcher tabs = TABS.matcher(script);
            if (tabs.find()) {
                var node = execute.get(Integer.parseInt(tabs.group(1))).path("@v-node");
                if (node.isNumber()) {
                    calls.add(published(node.asInt(), "updateSelectedTab",
                            JSON.createArrayNode().add(Boolean.parseBoolean(tabs.group(2)))));
                }
            }
        }
        return calls;
    }

    private static ObjectNode published(int node, String method, ArrayNode args) {
        var call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", node);
        call.put("templateEventMethodName", method);
        call.set("templateEventMethodArgs", args);
        call.put("promise", 0);
        return call;
    }

    private static void checkForErrors(JsonNode json, String text) {
        var meta = json.path("meta");
        if (meta.has("appError")) {
            throw new LoadError("appError: " + abbreviate(meta.get("appError").toString()));
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new LoadError("sessionExpired");
        }
        if (json.has("resynchronize") || meta.has("resynchronize") || text.contains("\"resynchronize\":true")) {
            throw new LoadError("resynchronize");
        }
    }

    private String get(String path, boolean page) {
        var response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        if (response.statusCode() != 200) {
            throw new LoadError("GET " + abbreviate(path) + " answered " + response.statusCode());
        }
        var text = body(response);
        if (!page && text.startsWith("<")) {
            throw new LoadError("GET " + abbreviate(path) + " answered an HTML page: " + abbreviate(text));
        }
        return text;
    }

    private String post(String path, String body, String type) {
        var response = send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        var text = body(response);
        if (response.statusCode() != 200) {
            throw new LoadError("POST " + path + " answered " + response.statusCode() + ": " + abbreviate(text));
        }
        if (text.startsWith("<")) {
            throw new LoadError("POST " + path + " answered an error page: " + abbreviate(text));
        }
        return text;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder builder) {
        if (!cookies.isEmpty()) {
            builder.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        builder.header("Accept-Encoding", "gzip");
        builder.header("Accept-Language", "de-DE,de;q=0.9");
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            statistics.request();
            response.headers().allValues("Set-Cookie").forEach(this::rememberCookie);
            return response;
        } catch (IOException e) {
            throw new LoadError("connection failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadError("interrupted");
        }
    }

    private String body(HttpResponse<byte[]> response) {
        var bytes = response.body();
        stepWireBytes += bytes.length;
        if (response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        stepBytes += bytes.length;
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private void rememberCookie(String header) {
        var pair = header.split(";", 2)[0];
        var eq = pair.indexOf('=');
        if (eq > 0) {
            var name = pair.substring(0, eq).trim();
            var value = pair.substring(eq + 1).trim();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private void rememberCsrf(String html) {
        var matcher = META_CSRF.matcher(html);
        if (matcher.find()) {
            csrfMeta = matcher.group(1);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        var oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
