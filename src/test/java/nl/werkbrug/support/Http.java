package nl.werkbrug.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;

/** A small real HTTP client for tests against the running application. */
public record Http(int port) {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpResponse<String> get(String path, @Nullable String token) {
        return send(request(path, token).GET().build());
    }

    /** A GET in a language ({@code Accept-Language}). */
    public HttpResponse<String> get(String path, @Nullable String token, String language) {
        return send(request(path, token).header("Accept-Language", language).GET().build());
    }

    /** A JSON POST in a language ({@code Accept-Language}). */
    public HttpResponse<String> post(String path, @Nullable String token, String json, String language) {
        return send(request(path, token).header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> post(String path, @Nullable String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> delete(String path, @Nullable String token) {
        return send(request(path, token).DELETE().build());
    }

    public HttpResponse<byte[]> bytes(String path, @Nullable String token) {
        try {
            return CLIENT.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data POST with one file part {@code file} and plain fields. */
    public HttpResponse<String> upload(String path, @Nullable String token, String fileName, byte[] content) {
        String boundary = "werkbrug-" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private HttpRequest.Builder request(String path, @Nullable String token) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
