package io.blackbox.platform;

/**
 * A refusal the caller can act on. {@link #type()} is the stable problem type slug, published as
 * {@code urn:blackbox:problem:<type>} in RFC 9457 responses; {@link #status()} the HTTP status.
 */
public abstract class DomainException extends RuntimeException {

    private final String field;

    protected DomainException(String message, String field) {
        super(message);
        this.field = field;
    }

    public abstract String type();

    public abstract int status();

    /** The request field or file row concerned, or null. */
    public String field() {
        return field;
    }
}
