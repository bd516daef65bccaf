package io.blackbox.directory.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.blackbox.directory.ActorComments;
import io.blackbox.directory.ActorNetwork;
import io.blackbox.directory.ActorView;
import io.blackbox.directory.ActorNotes;
import io.blackbox.directory.Actors;
import io.blackbox.directory.Networks;
import io.blackbox.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The actor directory over REST: search, actor pages, notes, members' comments, the operator's merges and
 * splits, and alerts.
 */
@RestController
@RequestMapping("/api/v1/directory")
@Tag(name = "Directory", description = "Suspect actors linked from the pooled reports, blinded per viewer")
class DirectoryApi {

    private final Actors actors;
    private final Networks networks;
    private final ActorNotes notes;
    private final ActorComments comments;

    DirectoryApi(Actors actors, Networks networks, ActorNotes notes, ActorComments comments) {
        this.actors = actors;
        this.networks = networks;
        this.notes = notes;
        this.comments = comments;
    }

    @GetMapping("/actors/{id}/notes")
    @Operation(summary = "The operator's notes on an actor with every revision (members: without editors' names)")
    ActorNotes.Notes notes(@PathVariable String id) {
        return notes.read(id);
    }

    /** A note edit: the new text and the revision it was written from. */
    record NoteRequest(String body, Integer baseRevision) {
    }

    @PutMapping("/actors/{id}/notes")
    @Operation(summary = "Save a new revision of the notes (operator staff, write scope); 409 when somebody saved "
            + "since baseRevision")
    ActorNotes.Notes writeNotes(@PathVariable String id, @RequestBody NoteRequest body) {
        if (body.baseRevision() == null) {
            throw new InvalidInputException("baseRevision", "name the revision you edited (0 for the first note)");
        }
        return notes.write(id, body.body(), body.baseRevision());
    }

    @GetMapping("/actors/{id}/notes/diff")
    @Operation(summary = "Line diff between two revisions of the notes (0 is the empty note before the first)")
    Map<String, Object> diff(@PathVariable String id, @RequestParam int from, @RequestParam int to) {
        return Map.of("from", from, "to", to, "lines", notes.diff(id, from, to));
    }

    @GetMapping("/actors/{id}/comments")
    @Operation(summary = "Members' comments on an actor, oldest first, blinded: members see \"a member\" or "
            + "\"your organisation\" and the day; operator staff see the organisation and user; 404 like the actor")
    ActorComments.Comments comments(@PathVariable String id) {
        return comments.list(id);
    }

    /** A new comment: plain text. */
    record CommentRequest(String body) {
    }

    @PostMapping("/actors/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on an actor (members, write scope); plain text, at most 4,000 characters, no "
            + "control characters but line breaks and tabs; returned verbatim, escaped by every page that shows it")
    ActorComments.Comment comment(@PathVariable String id, @RequestBody CommentRequest body) {
        return comments.post(id, body.body());
    }

    @DeleteMapping("/actors/{id}/comments/{commentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Retract one of your organisation's comments (members, write scope); 404 for any other")
    void retract(@PathVariable String id, @PathVariable String commentId) {
        comments.retract(id, commentId);
    }

    /** A moderation: why the comment is hidden. */
    record HideRequest(String reason) {
    }

    @PostMapping("/actors/{id}/comments/{commentId}/hide")
    @Operation(summary = "Hide a comment from other members, with a reason (operator staff, write scope); audited")
    ActorComments.Comment hide(@PathVariable String id, @PathVariable String commentId, @RequestBody HideRequest body) {
        return comments.hide(id, commentId, body.reason());
    }

    @PostMapping("/actors/{id}/comments/{commentId}/unhide")
    @Operation(summary = "Show a hidden comment to other members again (operator staff, write scope); audited")
    ActorComments.Comment unhide(@PathVariable String id, @PathVariable String commentId) {
        return comments.unhide(id, commentId);
    }

    @GetMapping("/actors")
    @Operation(summary = "Search actors by name (members and operator staff); without q, the most recently seen",
            description = "Only actors with at least one report the caller may see; at most 50.")
    Map<String, Object> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 50) {
            throw new InvalidInputException("limit", "limit must be between 1 and 50");
        }
        return Map.of("items", actors.search(q, limit));
    }

    @GetMapping("/actors/{id}")
    @Operation(summary = "One actor as the caller may see it: names, identifiers, items, red flags, reporters (counts "
            + "only), first/last seen, list hits, linked actors and risk; 404 when the caller may see none of it")
    ActorView actor(@PathVariable String id) {
        return actors.find(id);
    }

    @GetMapping("/actors/{id}/network")
    @Operation(summary = "The actors within depth hops (1 to 3, default 2) connected by shared phones, e-mails, "
            + "domains, addresses or ids, as the caller may see them; format json (default) or graphml",
            description = "types filters the link kinds (comma-separated). Nodes carry betweenness centrality and "
                    + "their connected component; edges whose every shared value is quoted by 5 or more actors are hubs.")
    ResponseEntity<?> network(@PathVariable String id, @RequestParam(defaultValue = "2") int depth,
                              @RequestParam(required = false) java.util.Set<String> types,
                              @RequestParam(defaultValue = "json") String format) {
        if (!format.equals("json") && !format.equals("graphml")) {
            throw new InvalidInputException("format", "format must be json or graphml");
        }
        ActorNetwork n = networks.around(id, depth, types);
        if (format.equals("graphml")) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/graphml+xml"))
                    .header("Content-Disposition", "attachment; filename=\"" + n.center() + ".graphml\"")
                    .body(Networks.graphml(n));
        }
        return ResponseEntity.ok(n);
    }

    /** Merge request: the other actor and why. */
    record MergeRequest(String with, String reason) {
    }

    @PostMapping("/actors/{id}/merge")
    @Operation(summary = "Merge another actor into this one (operator staff, write scope); audited, kept across relinking")
    ActorView merge(@PathVariable String id, @RequestBody MergeRequest body) {
        if (body.with() == null || body.with().isBlank()) {
            throw new InvalidInputException("with", "name the actor to merge with");
        }
        return actors.merge(id, body.with().strip(), body.reason());
    }

    /** Split request: the reports to take out and why. */
    record SplitRequest(List<String> reports, String reason) {
    }

    @PostMapping("/actors/{id}/split")
    @Operation(summary = "Split reports off an actor into an actor of their own (operator staff, write scope); "
            + "audited, kept across relinking")
    Map<String, Object> split(@PathVariable String id, @RequestBody SplitRequest body) {
        if (body.reports() == null || body.reports().isEmpty()) {
            throw new InvalidInputException("reports", "name the reports to split off");
        }
        List<UUID> reports = new java.util.ArrayList<>();
        for (int i = 0; i < body.reports().size(); i++) {
            try {
                reports.add(UUID.fromString(body.reports().get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("reports[" + i + "]", "'" + body.reports().get(i) + "' is not a report id");
            }
        }
        List<String> parts = actors.split(id, reports, body.reason());
        return Map.of("actor", parts.get(0), "splitOff", parts.get(1));
    }

    @GetMapping("/decisions")
    @Operation(summary = "The operators' merges and splits, newest first (operator staff)")
    Map<String, Object> decisions(@RequestParam(defaultValue = "100") int limit) {
        return Map.of("items", actors.decisions(limit));
    }

    @GetMapping("/alerts")
    @Operation(summary = "Operator alerts, e.g. a burst of reports about one actor from one member (operator staff)")
    Map<String, Object> alerts(@RequestParam(defaultValue = "false") boolean unseen) {
        return Map.of("items", actors.alerts(unseen));
    }

    @PostMapping("/alerts/{id}/seen")
    @Operation(summary = "Mark an alert seen (operator staff, write scope)")
    Map<String, Object> seen(@PathVariable long id) {
        actors.markSeen(id);
        return Map.of("id", id, "seen", true);
    }
}
