package io.blackbox.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.blackbox.directory.ActorComments;
import io.blackbox.directory.ActorNetwork;
import io.blackbox.directory.ActorNotes;
import io.blackbox.directory.Actors;
import io.blackbox.directory.Networks;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages: search the directory, one actor (with members' comments, and merge and split for the operator),
 * and operator alerts.
 */
@Controller
class DirectoryPages {

    private final Actors actors;
    private final ActorNotes notes;
    private final Networks networks;
    private final ActorComments comments;

    DirectoryPages(Actors actors, ActorNotes notes, Networks networks, ActorComments comments) {
        this.actors = actors;
        this.notes = notes;
        this.networks = networks;
        this.comments = comments;
    }

    /**
     * The network drawn on the actor page, for the signed-in user (the API's network endpoint takes API
     * keys only): JSON for the graph view, GraphML to download. Same visibility and audit as the API.
     */
    @GetMapping(value = "/directory/actors/{id}/network.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ActorNetwork networkJson(@PathVariable String id, @RequestParam(defaultValue = "2") int depth,
                             @RequestParam(required = false) java.util.Set<String> types) {
        return networks.around(id, depth, types);
    }

    @GetMapping("/directory/actors/{id}/network.graphml")
    ResponseEntity<String> networkGraphml(@PathVariable String id, @RequestParam(defaultValue = "2") int depth,
                                          @RequestParam(required = false) java.util.Set<String> types) {
        ActorNetwork n = networks.around(id, depth, types);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/graphml+xml"))
                .header("Content-Disposition", "attachment; filename=\"" + n.center() + ".graphml\"")
                .body(Networks.graphml(n));
    }

    @GetMapping("/directory")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        try {
            model.addAttribute("actors", actors.search(q, 50));
        } catch (InvalidInputException e) {
            model.addAttribute("actors", List.of());
            model.addAttribute("error", e.getMessage());
        }
        model.addAttribute("curator", curator());
        return "directory/search";
    }

    @GetMapping("/directory/actors/{id}")
    String actor(@PathVariable String id, Model model) {
        model.addAttribute("actor", actors.find(id));
        model.addAttribute("notes", notes.read(id));
        model.addAttribute("curator", curator());
        addComments(id, model);
        return "directory/actor";
    }

    /**
     * Posts a comment. With htmx the comments section is answered in place (with the error and the text
     * kept when it was refused); without, the page is reloaded with a notice.
     */
    @PostMapping("/directory/actors/{id}/comments")
    String comment(@PathVariable String id, @RequestParam(required = false) String body, Model model,
                   HttpServletRequest request, RedirectAttributes redirect) {
        String error = null;
        try {
            comments.post(id, body);
        } catch (InvalidInputException e) {
            error = e.getMessage();
        }
        model.addAttribute("draft", error == null ? null : body);
        return commentsAnswer(id, error, "Comment posted.", model, request, redirect);
    }

    @PostMapping("/directory/actors/{id}/comments/{commentId}/retract")
    String retract(@PathVariable String id, @PathVariable String commentId, Model model, HttpServletRequest request,
                   RedirectAttributes redirect) {
        comments.retract(id, commentId);
        return commentsAnswer(id, null, "Comment retracted.", model, request, redirect);
    }

    @PostMapping("/directory/actors/{id}/comments/{commentId}/hide")
    String hide(@PathVariable String id, @PathVariable String commentId, @RequestParam(required = false) String reason,
                Model model, HttpServletRequest request, RedirectAttributes redirect) {
        String error = null;
        try {
            comments.hide(id, commentId, reason);
        } catch (InvalidInputException | io.blackbox.platform.ConflictException e) {
            error = e.getMessage();
        }
        return commentsAnswer(id, error, "Comment hidden.", model, request, redirect);
    }

    @PostMapping("/directory/actors/{id}/comments/{commentId}/unhide")
    String unhide(@PathVariable String id, @PathVariable String commentId, Model model, HttpServletRequest request,
                  RedirectAttributes redirect) {
        String error = null;
        try {
            comments.unhide(id, commentId);
        } catch (io.blackbox.platform.ConflictException e) {
            error = e.getMessage();
        }
        return commentsAnswer(id, error, "Comment shown again.", model, request, redirect);
    }

    /**
     * The answer to a change of the comments: with htmx the comments section in place, with the error if
     * there was one; without, the page again with the error or {@code done} as its notice.
     */
    private String commentsAnswer(String id, String error, String done, Model model, HttpServletRequest request,
                                  RedirectAttributes redirect) {
        if (request.getHeader("HX-Request") != null) {
            model.addAttribute("commentError", error);
            return commentsFragment(id, model);
        }
        redirect.addFlashAttribute("notice", error == null ? done : error);
        return "redirect:/directory/actors/" + id + "#comments";
    }

    private String commentsFragment(String id, Model model) {
        model.addAttribute("curator", curator());
        addComments(id, model);
        return "directory/actor :: comments";
    }

    private void addComments(String id, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("comments", comments.list(id));
        model.addAttribute("commenter", caller.orgKind() == OrganisationKind.MEMBER && caller.canWrite());
    }

    @PostMapping("/directory/actors/{id}/merge")
    String merge(@PathVariable String id, @RequestParam String with, @RequestParam(required = false) String reason,
                 RedirectAttributes redirect) {
        try {
            String live = actors.merge(id, with.strip(), reason).id();
            redirect.addFlashAttribute("notice", "Merged " + with.strip() + " into " + live + ".");
            return "redirect:/directory/actors/" + live;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
            return "redirect:/directory/actors/" + id;
        }
    }

    @PostMapping("/directory/actors/{id}/notes")
    String note(@PathVariable String id, @RequestParam String body, @RequestParam int baseRevision,
                RedirectAttributes redirect) {
        try {
            ActorNotes.Notes saved = notes.write(id, body, baseRevision);
            redirect.addFlashAttribute("notice", "Notes saved as revision " + saved.revision() + ".");
        } catch (InvalidInputException | io.blackbox.platform.ConflictException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:/directory/actors/" + id;
    }

    @PostMapping("/directory/actors/{id}/split")
    String split(@PathVariable String id, @RequestParam(name = "report", required = false) List<String> reports,
                 @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            List<UUID> ids = new ArrayList<>();
            for (String r : reports == null ? List.<String>of() : reports) {
                ids.add(UUID.fromString(r));
            }
            List<String> parts = actors.split(id, ids, reason);
            redirect.addFlashAttribute("notice", "Split " + ids.size() + " report(s) off into " + parts.get(1) + ".");
            return "redirect:/directory/actors/" + parts.get(0);
        } catch (InvalidInputException | IllegalArgumentException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
            return "redirect:/directory/actors/" + id;
        }
    }

    @GetMapping("/directory/alerts")
    String alerts(Model model) {
        model.addAttribute("alerts", actors.alerts(false));
        model.addAttribute("decisions", actors.decisions(50));
        return "directory/alerts";
    }

    @PostMapping("/directory/alerts/{id}/seen")
    String seen(@PathVariable long id) {
        actors.markSeen(id);
        return "redirect:/directory/alerts";
    }

    private static boolean curator() {
        Caller caller = Callers.require();
        return caller.is(Role.OPERATOR_ANALYST) || caller.is(Role.OPERATOR_ADMIN);
    }
}
