package io.blackbox.platform.web;

import io.blackbox.platform.DomainException;
import io.blackbox.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every error of the JSON API to RFC 9457 problem details with a stable type. Never a stack trace,
 * SQL or a class name in a response: unexpected failures are logged and answered with a generic 500.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        // A refused read of something hidden answers exactly like a missing one: no existence oracle.
        String detail = e instanceof NotFoundException ? "not found" : e.getMessage();
        ProblemDetail pd = Problems.of(status, e.type(), detail);
        if (e.field() != null) {
            pd.setProperty("field", e.field());
        }
        return ResponseEntity.status(status).body(pd);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail pd = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
                "'" + e.getName() + "' has a value of the wrong form");
        pd.setProperty("field", e.getName());
        return ResponseEntity.badRequest().body(pd);
    }

    @ExceptionHandler(BodySizeLimitFilter.BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(BodySizeLimitFilter.BodyTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal", "an unexpected error occurred; it has been logged"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof BodySizeLimitFilter.BodyTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", tooLarge.getMessage()));
        }
        String detail = JsonErrors.describe(cause);
        ProblemDetail pd = Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", detail);
        JsonErrors.field(cause).ifPresent(f -> pd.setProperty("field", f));
        return ResponseEntity.badRequest().body(pd);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var first = ex.getBindingResult().getFieldErrors().stream().findFirst();
        ProblemDetail pd = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
                first.map(f -> f.getField() + ": " + f.getDefaultMessage()).orElse("the request is invalid"));
        first.ifPresent(f -> pd.setProperty("field", f.getField()));
        return ResponseEntity.badRequest().body(pd);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail pd && (pd.getType() == null || "about:blank".equals(pd.getType().toString()))) {
            pd.setType(java.net.URI.create("urn:blackbox:problem:http-" + statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
