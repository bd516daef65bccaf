package io.blackbox.platform.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details with stable type URIs {@code urn:blackbox:problem:<slug>}. The slugs are part
 * of the API contract: clients may switch on them.
 */
public final class Problems {

    private static final String PREFIX = "urn:blackbox:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String slug, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create(PREFIX + slug));
        pd.setTitle(status.getReasonPhrase());
        return pd;
    }

    /** Writes a problem from a filter, where no controller advice runs. */
    static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
