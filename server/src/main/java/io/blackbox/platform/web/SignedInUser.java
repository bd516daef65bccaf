package io.blackbox.platform.web;

import java.util.Collection;
import java.util.List;

import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a browser session. */
final class SignedInUser implements UserDetails, CredentialsContainer, Callers.CallerHolder {

    private final Caller caller;
    private final String displayName;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private String passwordHash;

    SignedInUser(Caller caller, String displayName, String passwordHash, boolean enabled, boolean mustChangePassword) {
        this.caller = caller;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
    }

    @Override
    public Caller caller() {
        return caller;
    }

    String displayName() {
        return displayName;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    SignedInUser withPasswordChanged() {
        return new SignedInUser(caller, displayName, null, enabled, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(caller.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return caller.label();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
