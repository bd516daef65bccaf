package io.blackbox.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.blackbox.platform.AccessRefusedException;
import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Caller;
import io.blackbox.platform.ConflictException;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.NotFoundException;
import io.blackbox.platform.Organisation;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.Organisations;
import io.blackbox.platform.RandomIds;
import io.blackbox.reports.AuthorSeals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' comments on actors, blinded like reports (ADR 0008). A member reads the comments of actors it
 * may see, each as written by "a member" or by "your organisation", with the day only; operator staff
 * see which organisation and user wrote each, and hide one with a reason. A member retracts (deletes) its
 * own comments. The writing organisation is stored only as the reports module's keyed tag and sealed;
 * the row policies of {@code directory_comment} enforce all of this in the database as well.
 *
 * <p>Comments are plain text: the body is kept as written (line breaks normalised, ends stripped), and
 * every renderer escapes it. Control characters other than line feed and tab are refused.
 */
@Service
public class ActorComments {

    static final int MAX_COMMENT = 4_000;
    static final int MAX_REASON = 2_000;
    static final String MEMBER = "a member";
    static final String OWN = "your organisation";

    private static final String HANDLE_PREFIX = "ch:";
    /** Comments written on the live id or on an id merged into it (aliases are one hop from the live id). */
    private static final String OF_ACTOR =
            "(actor_id = ? OR actor_id IN (SELECT alias FROM directory_alias WHERE actor_id = ?))";

    private final JdbcClient jdbc;
    private final Actors actors;
    private final AuthorSeals seals;
    private final Organisations organisations;
    private final AuditTrail audit;

    ActorComments(JdbcClient jdbc, Actors actors, AuthorSeals seals, Organisations organisations, AuditTrail audit) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.seals = seals;
        this.organisations = organisations;
        this.audit = audit;
    }

    /**
     * One comment as the caller may see it. Members get {@code author} ("a member" or "your
     * organisation"), {@code mine} and the day; operator staff also get the organisation, the user or key
     * that wrote it and the exact time.
     *
     * @param actorId        the actor id it was written on (an id merged away since leads to the live actor)
     * @param organisationId operator staff only
     * @param postedBy       operator staff only: the user name or key label
     * @param postedAt       operator staff only
     * @param hidden         null unless the operator hid it; members see only their own hidden comments
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Comment(UUID id, String actorId, String body, String author, boolean mine, LocalDate postedOn,
                          UUID organisationId, String postedBy, Instant postedAt, Hidden hidden) {
    }

    /**
     * Why and when the operator hid a comment.
     *
     * @param by operator staff only
     * @param at operator staff only
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Hidden(String reason, LocalDate on, String by, Instant at) {
    }

    /** The comments of an actor, oldest first. */
    public record Comments(String actorId, List<Comment> items) {
    }

    /** @throws NotFoundException when the caller may not see the actor */
    @Transactional
    public Comments list(String actorId) {
        Caller caller = Actors.requireReader();
        actors.enter(caller);
        String live = actors.resolveVisible(actorId).orElseThrow(Actors::notFound);
        Comments comments = new Comments(live, read(live, null, caller));
        audit.record("directory.comments", "actor", live, null, comments.items().size() + " comments");
        return comments;
    }

    /**
     * Posts a comment as the calling member.
     *
     * @throws InvalidInputException naming {@code body} when the text is missing, blank, too long or holds
     *                               control characters
     */
    @Transactional
    public Comment post(String actorId, String body) {
        Caller caller = requireCommenter();
        String text = body(body);
        actors.enter(caller);
        String live = actors.resolveVisible(actorId).orElseThrow(Actors::notFound);
        UUID id = RandomIds.next();
        // author_tag takes the caller's tag from the transaction (the column's default), checked by the policy
        jdbc.sql("INSERT INTO directory_comment (id, actor_id, body, author_sealed) VALUES (?, ?, ?, ?)")
                .params(id, live, text, seals.seal(caller, context(id))).update();
        // the audit row names the member, so it names the comment by a keyed handle, as reports do
        audit.record("directory.comment", "comment", seals.auditHandle(HANDLE_PREFIX, "comment", id), null, "");
        return read(live, id, caller).getFirst();
    }

    /**
     * Retracts (deletes) one of the calling member's comments. Another member's comment, a comment on
     * another actor and one that does not exist all answer alike.
     */
    @Transactional
    public void retract(String actorId, String commentId) {
        Caller caller = requireCommenter();
        actors.enter(caller);
        String live = actors.resolveVisible(actorId).orElseThrow(Actors::notFound);
        UUID id = commentId(commentId).orElseThrow(ActorComments::notFound);
        // the row policy lets a member delete only its own comments
        int deleted = jdbc.sql("DELETE FROM directory_comment WHERE id = ? AND " + OF_ACTOR).params(id, live, live).update();
        if (deleted == 0) {
            throw notFound();
        }
        audit.record("directory.comment.retract", "comment", seals.auditHandle(HANDLE_PREFIX, "comment", id), null, "");
    }

    /** Hides a comment from other members, with the reason; operator staff with write access. */
    @Transactional
    public Comment hide(String actorId, String commentId, String reason) {
        Caller caller = Actors.requireOperator();
        String why = reason(reason);
        String live = actors.resolveVisible(actorId).orElseThrow(Actors::notFound);
        UUID id = commentId(commentId).orElseThrow(ActorComments::notFound);
        int hidden = jdbc.sql("UPDATE directory_comment SET hidden_at = now(), hidden_by = ?, hidden_reason = ? "
                        + "WHERE id = ? AND hidden_at IS NULL AND " + OF_ACTOR)
                .params(caller.label(), why, id, live, live).update();
        if (hidden == 0) {
            boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM directory_comment WHERE id = ? AND " + OF_ACTOR + ")")
                    .params(id, live, live).query(Boolean.class).single();
            throw exists ? new ConflictException("comment " + id + " is hidden already") : notFound();
        }
        audit.record("directory.comment.hide", "comment", id.toString(), null, "on " + live + ": " + why);
        return read(live, id, caller).getFirst();
    }

    /**
     * Shows a hidden comment to other members again (a hide made in error); operator staff with write
     * access. The hiding stays in the audit trail.
     */
    @Transactional
    public Comment unhide(String actorId, String commentId) {
        Caller caller = Actors.requireOperator();
        String live = actors.resolveVisible(actorId).orElseThrow(Actors::notFound);
        UUID id = commentId(commentId).orElseThrow(ActorComments::notFound);
        int shown = jdbc.sql("UPDATE directory_comment SET hidden_at = NULL, hidden_by = NULL, hidden_reason = NULL "
                        + "WHERE id = ? AND hidden_at IS NOT NULL AND " + OF_ACTOR)
                .params(id, live, live).update();
        if (shown == 0) {
            boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM directory_comment WHERE id = ? AND " + OF_ACTOR + ")")
                    .params(id, live, live).query(Boolean.class).single();
            throw exists ? new ConflictException("comment " + id + " is not hidden") : notFound();
        }
        audit.record("directory.comment.unhide", "comment", id.toString(), null, "on " + live + " by " + caller.label());
        return read(live, id, caller).getFirst();
    }

    private List<Comment> read(String live, UUID only, Caller caller) {
        boolean staff = Actors.isStaff(caller);
        Map<UUID, Optional<Organisation>> orgs = new HashMap<>();
        return jdbc.sql("SELECT id, actor_id, body, created_at, hidden_at, hidden_by, hidden_reason, "
                        + (staff ? "author_sealed, false" : "NULL, directory_comment_mine(id)")
                        + " FROM directory_comment WHERE " + OF_ACTOR + " AND (?::uuid IS NULL OR id = ?) "
                        + "ORDER BY created_at, id")
                .params(live, live, only, only)
                .query((rs, n) -> staff ? forStaff(rs, orgs) : forMember(rs))
                .list();
    }

    private static Comment forMember(ResultSet rs) throws SQLException {
        boolean mine = rs.getBoolean(9);
        Instant hiddenAt = instant(rs, 5);
        return new Comment(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), mine ? OWN : MEMBER, mine,
                day(instant(rs, 4)), null, null, null,
                hiddenAt == null ? null : new Hidden(rs.getString(7), day(hiddenAt), null, null));
    }

    private Comment forStaff(ResultSet rs, Map<UUID, Optional<Organisation>> orgs) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        AuthorSeals.Author author = seals.open(rs.getBytes(8), context(id));
        String organisation = orgs.computeIfAbsent(author.organisationId(), organisations::find)
                .map(Organisation::name).orElse("organisation " + author.organisationId());
        Instant at = instant(rs, 4);
        Instant hiddenAt = instant(rs, 5);
        return new Comment(id, rs.getString(2), rs.getString(3), organisation, false, day(at), author.organisationId(),
                author.by(), at, hiddenAt == null ? null
                        : new Hidden(rs.getString(7), day(hiddenAt), rs.getString(6), hiddenAt));
    }

    /**
     * The text as stored: line breaks as {@code \n}, ends stripped; refused when missing, blank, longer
     * than {@value #MAX_COMMENT} characters, or holding a control character other than line feed and tab.
     */
    static String body(String body) {
        if (body == null) {
            throw new InvalidInputException("body", "the comment is missing");
        }
        String text = body.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("body", "the comment is empty");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_COMMENT) {
            throw new InvalidInputException("body", "the comment is " + length + " characters long; at most "
                    + MAX_COMMENT + " are allowed");
        }
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            position++;
            if (c != '\n' && c != '\t' && Character.getType(c) == Character.CONTROL) {
                throw new InvalidInputException("body", "the comment holds a control character (U+%04X) at character %d; "
                        .formatted(c, position) + "only line breaks and tabs are allowed");
            }
            if (Character.getType(c) == Character.SURROGATE) {
                throw new InvalidInputException("body", "the comment holds a broken character at character " + position);
            }
            i += Character.charCount(c);
        }
        return text;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "hiding a comment needs a reason for the record");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "the reason is longer than " + MAX_REASON + " characters");
        }
        return reason.strip();
    }

    /** Members with write access comment; operator staff keep notes and moderate instead. */
    private static Caller requireCommenter() {
        Caller caller = Actors.requireReader();
        if (caller.orgKind() != OrganisationKind.MEMBER) {
            throw new AccessRefusedException("members write comments; the operator keeps notes and hides comments");
        }
        if (!caller.canWrite()) {
            throw new AccessRefusedException("commenting needs the write scope");
        }
        return caller;
    }

    /** Malformed ids answer like missing ones. */
    private static Optional<UUID> commentId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String context(UUID id) {
        return "comment:" + id;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    static NotFoundException notFound() {
        return new NotFoundException("comment not found");
    }
}
