package nl.werkbrug.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Error answers of the API that are written before a controller is reached. */
final class ApiErrors {

    private ApiErrors() {
    }

    static void unauthorized(HttpServletResponse response, String error, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"" + error + "\"");
        write(response, 401, "Unauthorized", detail);
    }

    static void forbidden(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        write(response, 403, "Forbidden", detail);
    }

    private static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"status\":" + status + ",\"title\":\"" + title + "\",\"detail\":\""
                + detail.replace("\"", "'") + "\"}");
    }
}
