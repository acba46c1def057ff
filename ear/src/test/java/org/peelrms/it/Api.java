package org.peelrms.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls Peel's REST API over HTTP as a given demo user, the way any client would. */
public final class Api {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Api() {
    }

    /** GET with HTTP Basic as the demo user; null user sends no credentials. */
    public static HttpResponse<String> get(String user, String path) {
        return get(user, user == null ? null : demoPassword(user), path);
    }

    /** The demo users' passwords, as README.md lists them. */
    static String demoPassword(String user) {
        return "evaluator".equals(user) ? "peel-demo-evaluator-service-account" : "peel-demo-" + user;
    }

    static HttpResponse<String> get(String user, String password, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PeelDeployment.BASE + path)).GET();
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return send(request.build());
    }

    /** POST a body as the demo user. */
    static HttpResponse<String> post(String user, String path, String contentType, byte[] body) {
        return request("POST", user, path, contentType, body);
    }

    /** POST a JSON body as the demo user. */
    public static HttpResponse<String> postJson(String user, String path, String json) {
        return post(user, path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** Any method (PUT, DELETE, …) with a JSON body as the demo user. */
    static HttpResponse<String> request(String method, String user, String path, String json) {
        return request(method, user, path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** Any method with a body of any type as the demo user. */
    static HttpResponse<String> request(String method, String user, String path, String contentType, byte[] body) {
        return send(signedIn(user, path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any method with a JSON body as any user with their password (accounts a test opened for itself). */
    static HttpResponse<String> requestAs(String method, String user, String password, String path, String json) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(PeelDeployment.BASE + path)).header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** GET with HTTP Basic as any user, the body as bytes (images, PDF). */
    static HttpResponse<byte[]> getBytes(String user, String password, String path) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(PeelDeployment.BASE + path)).header("Authorization", "Basic " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET as the demo user, the body as bytes (images, PDF). */
    static HttpResponse<byte[]> getBytes(String user, String path) {
        return send(signedIn(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest.Builder signedIn(String user, String path) {
        String token = Base64.getEncoder().encodeToString((user + ":" + demoPassword(user)).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(PeelDeployment.BASE + path)).header("Authorization", "Basic " + token);
    }

    /** PUT a JSON body as the demo user. */
    public static HttpResponse<String> putJson(String user, String path, String json) {
        return request("PUT", user, path, json);
    }

    static HttpResponse<String> getAbsolute(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException("Peel did not answer " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first group of {@code pattern} in an answer's body (an id, a number); the test fails if it is not there. */
    public static String captured(String json, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("Expected " + pattern + " in " + json);
        }
        return matcher.group(1);
    }

    /** The id of the person on file under this reference (as imported), found by their (unique) surname. */
    public static long personId(String surname, String reference) {
        Matcher objects = Pattern.compile("\\{[^{}]*\\}").matcher(get("officer", "api/v1/nominals?q=" + surname
                + "&limit=10").body());
        while (objects.find()) {
            if (objects.group().contains("\"ref\":\"" + reference + "\"")) {
                return Long.parseLong(captured(objects.group(), "\"id\":(\\d+)"));
            }
        }
        throw new AssertionError("No person " + reference + " found by the surname " + surname);
    }
}
