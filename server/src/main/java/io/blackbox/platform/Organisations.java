package io.blackbox.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations on the platform. Operator administrators create them; everybody sees their own. */
@Service
public class Organisations {

    static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Organisations(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Organisation create(String name, OrganisationKind kind) {
        Caller caller = Callers.require();
        if (!(caller.isSystem() || caller.is(Role.OPERATOR_ADMIN))) {
            throw new AccessRefusedException("only operator administrators create organisations");
        }
        String clean = requireName(name);
        if (kind == null) {
            throw new InvalidInputException("kind", "kind is missing (member, operator or regulator)");
        }
        UUID id = RandomIds.next();
        try {
            jdbc.sql("INSERT INTO organisation (id, name, kind) VALUES (?, ?, ?)")
                    .params(id, clean, kind.key()).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("an organisation named '" + clean + "' exists already");
        }
        audit.record("organisation.create", "organisation", id.toString(), id, "name=" + clean + " kind=" + kind.key());
        return find(id).orElseThrow();
    }

    /** The organisation, if the caller may see it. */
    @Transactional(readOnly = true)
    public Optional<Organisation> find(UUID id) {
        return jdbc.sql("SELECT * FROM organisation WHERE id = ?").param(id).query(Organisations::map).optional();
    }

    /** Every organisation the caller may see: all for operator staff, else its own. */
    @Transactional(readOnly = true)
    public List<Organisation> visible() {
        return jdbc.sql("SELECT * FROM organisation ORDER BY kind, name").query(Organisations::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> findByName(String name) {
        return jdbc.sql("SELECT * FROM organisation WHERE name = ?").param(name).query(Organisations::map).optional();
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "name is empty");
        }
        String clean = name.strip();
        if (clean.length() > MAX_NAME) {
            throw new InvalidInputException("name", "name is longer than " + MAX_NAME + " characters");
        }
        if (clean.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("name", "name contains control characters");
        }
        return clean;
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getObject("id", UUID.class), rs.getString("name"),
                OrganisationKind.parse(rs.getString("kind")), rs.getTimestamp("created_at").toInstant());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
