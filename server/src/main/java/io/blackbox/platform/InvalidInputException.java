package io.blackbox.platform;

/** Thrown when a field of the request is wrong; {@link #field()} names it. */
public final class InvalidInputException extends DomainException {

    public InvalidInputException(String field, String message) {
        super(message, field);
    }

    @Override
    public String type() {
        return "invalid-input";
    }

    @Override
    public int status() {
        return 400;
    }
}
