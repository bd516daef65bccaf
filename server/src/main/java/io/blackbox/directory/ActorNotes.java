package io.blackbox.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Caller;
import io.blackbox.platform.ConflictException;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operator's curated notes on an actor, with every revision kept (who, when, what) and a line diff
 * between any two. Members read the notes of actors they may see, without the editors' names; operator
 * staff edit them. An edit names the revision it started from, so two operators editing one page cannot
 * overwrite each other: the second gets a conflict.
 */
@Service
public class ActorNotes {

    static final int MAX_NOTE = 20_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Actors actors;
    private final AuditTrail audit;

    ActorNotes(JdbcClient jdbc, TransactionTemplate tx, Actors actors, AuditTrail audit) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.actors = actors;
        this.audit = audit;
    }

    /**
     * One revision of a note.
     *
     * @param author the operator user or key that wrote it; shown to operator staff only
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Revision(int revision, String body, String author, Instant at) {
    }

    /** The notes of an actor: the current text (revision 0 and empty when none) and every revision, newest first. */
    public record Notes(String actorId, int revision, String body, List<Revision> revisions) {
    }

    /** One line of a diff: {@code " "} kept, {@code "-"} removed, {@code "+"} added. */
    public record DiffLine(String op, String text) {
    }

    /** @throws NotFoundException when the caller may not see the actor */
    public Notes read(String id) {
        Caller caller = Actors.requireReader();
        boolean staff = Actors.isStaff(caller);
        return tx.execute(s -> {
            actors.enter(caller);
            String live = actors.resolveVisible(id).orElseThrow(Actors::notFound);
            List<Revision> revisions = jdbc.sql("SELECT revision, body, author, created_at FROM directory_note "
                            + "WHERE actor_id = ? ORDER BY revision DESC")
                    .param(live)
                    .query((rs, n) -> new Revision(rs.getInt(1), rs.getString(2), staff ? rs.getString(3) : null,
                            rs.getTimestamp(4).toInstant()))
                    .list();
            Revision current = revisions.isEmpty() ? null : revisions.getFirst();
            return new Notes(live, current == null ? 0 : current.revision(), current == null ? "" : current.body(),
                    revisions);
        });
    }

    /**
     * Saves a new revision; operator staff with write access.
     *
     * @param baseRevision the revision the editor started from (0 for the first note)
     * @throws ConflictException when somebody saved another revision since
     */
    public Notes write(String id, String body, int baseRevision) {
        Caller caller = Actors.requireOperator();
        if (body == null) {
            throw new InvalidInputException("body", "the note is missing");
        }
        if (body.length() > MAX_NOTE) {
            throw new InvalidInputException("body", "the note is longer than " + MAX_NOTE + " characters");
        }
        String text = body.replace("\r\n", "\n").strip();
        String[] live = new String[1];
        tx.executeWithoutResult(s -> {
            live[0] = actors.resolveVisible(id).orElseThrow(Actors::notFound);
            // one editor at a time per actor, so the revision check and the insert cannot interleave
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 7))").param("note:" + live[0])
                    .query((rs, n) -> 1).list();
            int current = jdbc.sql("SELECT coalesce(max(revision), 0) FROM directory_note WHERE actor_id = ?")
                    .param(live[0]).query(Integer.class).single();
            if (current != baseRevision) {
                throw new ConflictException("the notes of " + live[0] + " were changed since revision " + baseRevision
                        + " (now revision " + current + "); reload, merge your edit and save again");
            }
            jdbc.sql("INSERT INTO directory_note (actor_id, revision, body, author) VALUES (?, ?, ?, ?)")
                    .params(live[0], current + 1, text, caller.label()).update();
            audit.record("directory.note", "actor", live[0], null, "revision " + (current + 1));
        });
        return read(live[0]);
    }

    /** The line diff from one revision to another (0 is the empty note before the first). */
    public List<DiffLine> diff(String id, int from, int to) {
        Notes notes = read(id);
        return diff(text(notes, from, "from"), text(notes, to, "to"));
    }

    private static String text(Notes notes, int revision, String field) {
        if (revision == 0) {
            return "";
        }
        return notes.revisions().stream().filter(r -> r.revision() == revision).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "no revision " + revision)).body();
    }

    /** A longest-common-subsequence line diff; notes are short, so the quadratic table is fine. */
    static List<DiffLine> diff(String before, String after) {
        String[] a = before.isEmpty() ? new String[0] : before.split("\n", -1);
        String[] b = after.isEmpty() ? new String[0] : after.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DiffLine> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add(new DiffLine(" ", a[i]));
                i++;
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new DiffLine("-", a[i++])); // removals before additions, as diff(1) shows a change
            } else {
                out.add(new DiffLine("+", b[j++]));
            }
        }
        return out;
    }
}
