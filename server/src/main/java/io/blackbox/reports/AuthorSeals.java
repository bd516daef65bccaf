package io.blackbox.reports;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.blackbox.platform.AccessRefusedException;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.reports.internal.ReportJson;
import io.blackbox.reports.internal.ReportKeys;
import org.springframework.stereotype.Service;

/**
 * Which member wrote something, kept the way reports keep their reporters (ADR 0005), for other modules
 * that store what members write: sealed with the reports keys and bound to the row it belongs to, opened
 * for operator staff only; and keyed audit handles, so that the audit trail alone links no member to what
 * it wrote. The member's own tag, which row policies compare with, is stated by {@link ReportFeed#enterScope}.
 */
@Service
public class AuthorSeals {

    private final ReportKeys keys;

    AuthorSeals(ReportKeys keys) {
        this.keys = keys;
    }

    /**
     * Who wrote something.
     *
     * @param organisationId the member organisation
     * @param by             the user name or key label, as the audit trail shows it
     */
    public record Author(UUID organisationId, String by) {
    }

    /**
     * Seals a member caller as the author of the row named by {@code context} (e.g. {@code comment:<id>});
     * the sealed value opens only with the same context.
     */
    public byte[] seal(Caller author, String context) {
        if (author.orgKind() != OrganisationKind.MEMBER) {
            throw new IllegalArgumentException("only a member is sealed as an author, not " + author.label());
        }
        return keys.seal(ReportJson.write(new Author(author.orgId(), author.label())).getBytes(StandardCharsets.UTF_8),
                context);
    }

    /** Opens a sealed author; the system and operator staff only. */
    public Author open(byte[] sealed, String context) {
        if (!Reports.isOperatorStaff(Callers.require())) {
            throw new AccessRefusedException("only operator staff learn who wrote something");
        }
        return ReportJson.read(new String(keys.open(sealed, context), StandardCharsets.UTF_8), Author.class);
    }

    /** A keyed handle naming a member's writing in the audit trail, e.g. {@code ch:} and 24 hex digits. */
    public String auditHandle(String prefix, String kind, UUID id) {
        return keys.auditHandle(prefix, kind, id);
    }
}
