package io.blackbox.platform;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their passwords. Operator administrators manage everyone; member administrators their own firm. */
@Service
public class Users {

    public static final int MIN_PASSWORD = 12;
    private static final int MAX_PASSWORD = 200;
    private static final String ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    Users(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit, Organisations organisations,
          ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.organisations = organisations;
        this.events = events;
    }

    /**
     * Creates a user. When {@code password} is null a one-time password is generated, returned once,
     * and must be changed at first sign-in.
     */
    @Transactional
    public CreatedUser create(UUID orgId, String username, String displayName, Role role, String password) {
        Organisation org = requireManageable(orgId);
        String name = requireUsername(username);
        String display = displayName == null || displayName.isBlank() ? name : Organisations.requireName(displayName);
        if (role == null) {
            throw new InvalidInputException("role", "role is missing");
        }
        if (!role.allowedIn(org.kind())) {
            throw new InvalidInputException("role", "role " + role.key() + " does not exist in a "
                    + org.kind().key() + " organisation");
        }
        boolean generated = password == null;
        String secret = generated ? oneTimePassword() : requirePassword(password, "password");
        UUID id = RandomIds.next();
        try {
            jdbc.sql("""
                    INSERT INTO app_user (id, org_id, username, display_name, role, password_hash, must_change_password)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, orgId, name, display, role.key(), encoder.encode(secret), generated)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("the username '" + name + "' is taken");
        }
        audit.record("user.create", "user", id.toString(), orgId, "username=" + name + " role=" + role.key());
        return new CreatedUser(find(id).orElseThrow(), generated ? secret : null);
    }

    @Transactional(readOnly = true)
    public Optional<User> find(UUID id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = ?").param(id).query(Users::map).optional();
    }

    /** The users of an organisation; reading another organisation's users is audited. */
    @Transactional
    public List<User> of(UUID orgId) {
        Organisation org = requireManageable(orgId);
        List<User> users = jdbc.sql("SELECT * FROM app_user WHERE org_id = ? ORDER BY username")
                .param(orgId).query(Users::map).list();
        auditForeignRead(org, "user.list");
        return users;
    }

    /**
     * Enables or disables a user. Disabling also stops the API keys bound to the user (published as
     * {@link UserDisabled}, so that this node forgets them at once, as on revocation).
     */
    @Transactional
    public void setEnabled(UUID orgId, UUID userId, boolean enabled) {
        requireManageable(orgId);
        Caller caller = Callers.require();
        if (userId.equals(caller.userId()) && !enabled) {
            throw new InvalidInputException("enabled", "you cannot disable your own account");
        }
        int n = jdbc.sql("UPDATE app_user SET enabled = ? WHERE id = ? AND org_id = ?")
                .params(enabled, userId, orgId).update();
        if (n == 0) {
            throw new NotFoundException("no such user");
        }
        audit.record(enabled ? "user.enable" : "user.disable", "user", userId.toString(), orgId, "");
        if (!enabled) {
            events.publishEvent(new UserDisabled(userId, orgId));
        }
    }

    /** The signed-in user changes its own password. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Caller caller = Callers.require();
        if (caller.userId() == null) {
            throw new AccessRefusedException("only a signed-in user changes a password");
        }
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(caller.userId())
                .query(String.class).single();
        if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
            throw new InvalidInputException("currentPassword", "the current password is wrong");
        }
        String fresh = requirePassword(newPassword, "newPassword");
        if (fresh.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "the new password must differ from the current one");
        }
        jdbc.sql("UPDATE app_user SET password_hash = ?, must_change_password = false WHERE id = ?")
                .params(encoder.encode(fresh), caller.userId()).update();
        audit.record("user.password.change", "user", caller.userId().toString(), caller.orgId(), "");
    }

    /**
     * Looks a user up for sign-in, across organisations. Runs through a database function that returns
     * only what authentication needs.
     */
    @Transactional(readOnly = true)
    public Optional<LoginRecord> findForLogin(String username) {
        if (username == null || username.isBlank() || username.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM auth_find_user(?)").param(username.strip())
                .query((rs, n) -> new LoginRecord(
                        new Caller(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
                                OrganisationKind.parse(rs.getString("org_kind")), Role.parse(rs.getString("role")),
                                rs.getString("username"), java.util.Set.of(Caller.READ, Caller.WRITE)),
                        rs.getString("display_name"), rs.getString("password_hash"), rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password")))
                .optional();
    }

    /** What sign-in needs to know about a user. */
    public record LoginRecord(Caller caller, String displayName, String passwordHash, boolean enabled,
                              boolean mustChangePassword) {
    }

    /** A new user, and its one-time password when one was generated (shown once, never stored in clear). */
    public record CreatedUser(User user, String oneTimePassword) {
    }

    /** The organisation, when the caller administers it: operator administrators all, member administrators their own. */
    Organisation requireManageable(UUID orgId) {
        Caller caller = Callers.require();
        boolean allowed = caller.isSystem() || caller.is(Role.OPERATOR_ADMIN)
                || (caller.is(Role.MEMBER_ADMIN) && orgId.equals(caller.orgId()));
        if (!allowed) {
            throw new AccessRefusedException("only that organisation's administrators and operator administrators "
                    + "manage its users and keys");
        }
        return organisations.find(orgId).orElseThrow(() -> new NotFoundException("no such organisation"));
    }

    void auditForeignRead(Organisation org, String action) {
        Caller caller = Callers.require();
        if (!caller.isSystem() && !org.id().equals(caller.orgId())) {
            audit.record(action, "organisation", org.id().toString(), org.id(), "read of another organisation's data");
        }
    }

    static String requireUsername(String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", "username is empty");
        }
        String u = username.strip();
        if (!u.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new InvalidInputException("username",
                    "username must be 2 to 100 letters, digits or . _ @ - (was '" + abbreviate(u) + "')");
        }
        return u;
    }

    static String requirePassword(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException(field, "password must have at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new InvalidInputException(field, "password must have at most " + MAX_PASSWORD + " characters");
        }
        return password;
    }

    static String oneTimePassword() {
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ONE_TIME_ALPHABET.charAt(RANDOM.nextInt(ONE_TIME_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static User map(ResultSet rs, int row) throws SQLException {
        return new User(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), Role.parse(rs.getString("role")), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), Organisations.instant(rs, "created_at"));
    }
}
