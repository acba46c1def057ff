package org.peelrms.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls Peel's REST API over HTTP as a given demo user, the way any client would. */
final class Api {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Api() {
    }

    /** GET with HTTP Basic as the demo user; null user sends no credentials. */
    static HttpResponse<String> get(String user, String path) {
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
        String token = Base64.getEncoder().encodeToString((user + ":" + demoPassword(user)).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(PeelDeployment.BASE + path))
                .header("Authorization", "Basic " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** POST a JSON body as the demo user. */
    static HttpResponse<String> postJson(String user, String path, String json) {
        return post(user, path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** Any method (PUT, DELETE, …) with a JSON body as the demo user. */
    static HttpResponse<String> request(String method, String user, String path, String json) {
        String token = Base64.getEncoder().encodeToString((user + ":" + demoPassword(user)).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(PeelDeployment.BASE + path))
                .header("Authorization", "Basic " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** PUT a JSON body as the demo user. */
    static HttpResponse<String> putJson(String user, String path, String json) {
        return request("PUT", user, path, json);
    }

    /** GET as the demo user, the body as bytes (a PDF download). */
    static HttpResponse<byte[]> getBytes(String user, String path) {
        String token = Base64.getEncoder().encodeToString((user + ":" + demoPassword(user)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(PeelDeployment.BASE + path))
                .header("Authorization", "Basic " + token).GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("Peel did not answer " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> getAbsolute(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Peel did not answer " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
