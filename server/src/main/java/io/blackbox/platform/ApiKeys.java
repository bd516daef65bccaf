package io.blackbox.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API keys for machine clients. A key is {@code bbk_} and 32 random bytes in URL-safe Base64; only its
 * SHA-256 is stored (a fast hash is enough for a random 256-bit secret), so a stolen database yields no key.
 *
 * <p>A key that authenticated is remembered for {@link #AUTHENTICATION_TTL}, so that a client sending
 * hundreds of requests a second does not cost a database transaction each. Revocation forgets the key
 * on this node at once (and again after the revoking transaction commits, so that a request racing the
 * commit cannot put it back); other nodes stop accepting it within the TTL. Disabling a user forgets the
 * keys bound to it the same way. Unknown and revoked keys, and keys of disabled users, are never
 * remembered: each such attempt goes to the database and counts against the client's address.
 */
@Service
public class ApiKeys {

    public static final int MIN_PROVISIONED_KEY = 24;
    /** How long an accepted key is accepted without asking the database again. */
    public static final Duration AUTHENTICATION_TTL = Duration.ofSeconds(5);
    /** Keys remembered at most; beyond it the memory starts afresh. */
    static final int MAX_REMEMBERED = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Users users;
    private final ConcurrentHashMap<String, Remembered> accepted = new ConcurrentHashMap<>();
    // counts revocations (and disabled users) seen on this node: a look-up that overlapped one is not
    // remembered, since it may have read the key just before the revocation committed
    private final AtomicLong revocations = new AtomicLong();
    private final TransactionTemplate readOnly;

    ApiKeys(JdbcClient jdbc, AuditTrail audit, Users users, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.users = users;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Creates a key for an organisation. {@code role} defaults to the organisation kind's machine role
     * (a member firm's key acts as a member analyst).
     */
    @Transactional
    public CreatedKey create(UUID orgId, String name, Collection<String> scopes, Role role) {
        Organisation org = users.requireManageable(orgId);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = "bbk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new CreatedKey(insert(org, name, scopes, role, secret), secret);
    }

    /** Registers a key chosen outside (start-up provisioning); a second registration of the same key is a no-op. */
    @Transactional
    public ApiKey register(UUID orgId, UUID userId, String name, Collection<String> scopes, Role role, String secret) {
        if (secret == null || secret.strip().length() < MIN_PROVISIONED_KEY) {
            throw new InvalidInputException("key", "a provisioned API key needs at least " + MIN_PROVISIONED_KEY
                    + " characters");
        }
        Optional<ApiKey> existing = jdbc.sql("SELECT * FROM api_key WHERE secret_hash = ?")
                .param(sha256(secret.strip())).query(ApiKeys::map).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        Organisation org = users.requireManageable(orgId);
        ApiKey key = insert(org, name, scopes, role, secret.strip());
        jdbc.sql("UPDATE api_key SET user_id = ? WHERE id = ?").params(userId, key.id()).update();
        return key;
    }

    private ApiKey insert(Organisation org, String name, Collection<String> scopes, Role role, String secret) {
        String clean = Organisations.requireName(name);
        Set<String> cleanScopes = requireScopes(scopes);
        Role effective = role == null ? org.kind().defaultKeyRole() : role;
        if (!effective.allowedIn(org.kind())) {
            throw new InvalidInputException("role", "role " + effective.key() + " does not exist in a "
                    + org.kind().key() + " organisation");
        }
        Caller caller = Callers.require();
        if (effective == Role.OPERATOR_ADMIN && !(caller.isSystem() || caller.is(Role.OPERATOR_ADMIN))) {
            throw new AccessRefusedException("only operator administrators create operator administrator keys");
        }
        UUID id = RandomIds.next();
        try {
            jdbc.sql("""
                    INSERT INTO api_key (id, org_id, name, role, scopes, prefix, secret_hash, created_by)
                    VALUES (?, ?, ?, ?, ?::text[], ?, ?, ?)""")
                    .params(id, org.id(), clean, effective.key(), "{" + String.join(",", cleanScopes) + "}",
                            secret.substring(0, Math.min(8, secret.length())), sha256(secret), caller.userId())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("this key is registered already");
        }
        audit.record("apikey.create", "api_key", id.toString(), org.id(),
                "name=" + clean + " role=" + effective.key() + " scopes=" + cleanScopes);
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<ApiKey> find(UUID id) {
        return jdbc.sql("SELECT * FROM api_key WHERE id = ?").param(id).query(ApiKeys::map).optional();
    }

    @Transactional
    public List<ApiKey> of(UUID orgId) {
        Organisation org = users.requireManageable(orgId);
        List<ApiKey> keys = jdbc.sql("SELECT * FROM api_key WHERE org_id = ? ORDER BY created_at DESC")
                .param(orgId).query(ApiKeys::map).list();
        users.auditForeignRead(org, "apikey.list");
        return keys;
    }

    @Transactional
    public void revoke(UUID orgId, UUID keyId) {
        users.requireManageable(orgId);
        forgetNowAndAfterCompletion(r -> r.keyId().equals(keyId));
        int n = jdbc.sql("UPDATE api_key SET revoked_at = now() WHERE id = ? AND org_id = ? AND revoked_at IS NULL")
                .params(keyId, orgId).update();
        if (n == 0 && find(keyId).filter(k -> k.orgId().equals(orgId)).isEmpty()) {
            throw new NotFoundException("no such API key");
        }
        if (n > 0) {
            audit.record("apikey.revoke", "api_key", keyId.toString(), orgId, "");
        }
    }

    /** A disabled user's keys are refused by the database from now on; this node forgets them at once too. */
    @EventListener
    void on(UserDisabled event) {
        forgetNowAndAfterCompletion(r -> event.userId().equals(r.caller().userId()));
    }

    /**
     * The caller a presented key stands for, if the key exists, is not revoked and its user (if it has
     * one) is enabled. Not transactional
     * itself: a key accepted within {@link #AUTHENTICATION_TTL} needs no database round trip.
     */
    public Optional<Caller> authenticate(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 200) {
            return Optional.empty();
        }
        byte[] hash = sha256(presented.strip());
        String cacheKey = HexFormat.of().formatHex(hash);
        long now = System.nanoTime();
        Remembered r = accepted.get(cacheKey);
        if (r != null && now - r.at() < AUTHENTICATION_TTL.toNanos()) {
            return Optional.of(r.caller());
        }
        long revocationsBefore = revocations.get();
        Optional<Found> found = readOnly.execute(status -> lookUp(hash));
        if (found.isEmpty() || found.get().revoked()) {
            accepted.remove(cacheKey);
            return Optional.empty();
        }
        if (accepted.size() >= MAX_REMEMBERED) {
            accepted.clear();
        }
        Remembered remembered = new Remembered(found.get().keyId(), found.get().caller(), now);
        accepted.put(cacheKey, remembered);
        if (revocations.get() != revocationsBefore) {
            accepted.remove(cacheKey, remembered);
        }
        return Optional.of(found.get().caller());
    }

    /** The key with this hash, through the one function that may read keys before a caller is known. */
    private Optional<Found> lookUp(byte[] secretHash) {
        return jdbc.sql("SELECT * FROM auth_find_api_key(?)").param(secretHash)
                .query((rs, n) -> new Found(rs.getObject("id", UUID.class),
                        new Caller(rs.getObject("user_id", UUID.class), rs.getObject("org_id", UUID.class),
                                OrganisationKind.parse(rs.getString("org_kind")), Role.parse(rs.getString("role")),
                                "key:" + rs.getString("name"), scopes(rs.getArray("scopes")),
                                rs.getObject("id", UUID.class)),
                        rs.getTimestamp("revoked_at") != null))
                .optional();
    }

    /**
     * Forgets the remembered keys that match, now and again after the current transaction completes, so
     * that a request racing the commit cannot put one back.
     */
    private void forgetNowAndAfterCompletion(Predicate<Remembered> which) {
        forget(which);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(which);
                }
            });
        }
    }

    private void forget(Predicate<Remembered> which) {
        revocations.incrementAndGet();
        accepted.values().removeIf(which);
    }

    private static Set<String> requireScopes(Collection<String> scopes) {
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidInputException("scopes", "scopes is empty (expected read and/or write)");
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : scopes) {
            if (!Caller.READ.equals(s) && !Caller.WRITE.equals(s)) {
                throw new InvalidInputException("scopes", "unknown scope '" + s + "' (expected read or write)");
            }
            out.add(s);
        }
        return out;
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Set<String> scopes(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }

    private static ApiKey map(ResultSet rs, int row) throws SQLException {
        return new ApiKey(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class), rs.getString("name"),
                Role.parse(rs.getString("role")), scopes(rs.getArray("scopes")), rs.getString("prefix"),
                Organisations.instant(rs, "created_at"), Organisations.instant(rs, "revoked_at"),
                Organisations.instant(rs, "last_used_at"));
    }

    /** A key found by its hash: the caller it stands for, and whether it was revoked. */
    private record Found(UUID keyId, Caller caller, boolean revoked) {
    }

    private record Remembered(UUID keyId, Caller caller, long at) {
    }

    /** A new key: {@code secret} is shown to its creator once and never again. */
    public record CreatedKey(ApiKey key, String secret) {
    }
}
