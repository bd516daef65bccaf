package io.blackbox.platform;

/** Thrown when the caller is known but may not do this. */
public final class AccessRefusedException extends DomainException {

    public AccessRefusedException(String message) {
        super(message, null);
    }

    @Override
    public String type() {
        return "access-refused";
    }

    @Override
    public int status() {
        return 403;
    }
}
