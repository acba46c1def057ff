package org.peelrms.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser session without a browser: it signs in through the form as a person would
 * (it posts to /sign-in) and fetches pages' HTML with the session cookie, so tests can read what a
 * page shows.
 */
final class PageSession {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    private PageSession(String base) {
        this.base = base;
    }

    /** Signs in through the sign-in form with the user's demo password (or the one given). */
    static PageSession signIn(String user, String password) {
        return signIn(PeelDeployment.BASE, user, password);
    }

    /** Signs in through the sign-in form of the Peel at {@code base} (e.g. a cluster's load balancer). */
    static PageSession signIn(String base, String user, String password) {
        PageSession session = new PageSession(base);
        session.get("index.xhtml");
        HttpResponse<String> signedIn = session.post("sign-in", Map.of("j_username", user, "j_password", password));
        if (signedIn.uri().getPath().endsWith("/login.xhtml")) {
            throw new IllegalStateException(user + " could not sign in through the form");
        }
        return session;
    }

    /** A browser that has not signed in (it has opened the sign-in page). */
    static PageSession anonymous() {
        PageSession session = new PageSession(PeelDeployment.BASE);
        session.get("login.xhtml");
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** A download (a PDF) with this session's cookie. */
    HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("Peel did not answer " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Submits a Faces form of the page just fetched: its fields, the button, and the page's view state. */
    HttpResponse<String> submit(String path, String pageHtml, Map<String, String> fields) {
        Matcher state = VIEW_STATE.matcher(pageHtml);
        if (!state.find()) {
            throw new IllegalStateException("The page has no Faces form: " + pageHtml);
        }
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        return post(path, all);
    }

    /** Posts a form's fields, with the Origin a browser sends. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> Api.encode(e.getKey()) + "=" + Api.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin()) // as a browser sends with every POST
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /**
     * Any request the signed-in browser could make, with its session cookie: the method, a body of the type
     * given (none when null) and headers as name, value pairs (e.g. the Origin a page or another site sends).
     */
    HttpResponse<String> call(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    private String origin() {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    /**
     * Which cluster node holds the session, 0-based: WildFly ends the session id with ".node1", ".node2" (its
     * jboss.node.name), which is how the load balancer keeps the session on its node.
     */
    int node() {
        String id = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .reduce((first, second) -> second).orElseThrow().getValue();
        return Integer.parseInt(id.substring(id.lastIndexOf(".node") + ".node".length())) - 1;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Peel did not answer " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
