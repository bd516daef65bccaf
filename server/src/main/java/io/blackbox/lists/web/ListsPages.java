package io.blackbox.lists.web;

import io.blackbox.lists.Lists;
import io.blackbox.lists.OperatorAlerts;
import io.blackbox.platform.Callers;
import io.blackbox.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The lists page, a version's delta, an entity, and a quick look-up. */
@Controller
class ListsPages {

    private final Lists lists;
    private final OperatorAlerts alerts;

    ListsPages(Lists lists, OperatorAlerts alerts) {
        this.lists = lists;
        this.alerts = alerts;
    }

    @GetMapping("/lists")
    String lists(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("sources", lists.sources());
        if (Callers.require().isOperatorStaff()) {
            model.addAttribute("alerts", alerts.open());
        }
        if (q != null && !q.isBlank()) {
            model.addAttribute("q", q);
            try {
                model.addAttribute("hits", lists.lookup(q, null, 25));
            } catch (io.blackbox.platform.InvalidInputException e) {
                model.addAttribute("lookupError", e.getMessage());
            }
        }
        return "lists/lists";
    }

    @GetMapping("/lists/{source}")
    String source(@PathVariable String source, Model model) {
        model.addAttribute("source", lists.source(source).orElseThrow(() -> new NotFoundException("no such list")));
        model.addAttribute("versions", lists.versions(source));
        return "lists/source";
    }

    @GetMapping("/lists/{source}/versions/{version}")
    String delta(@PathVariable String source, @PathVariable int version,
                 @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int offset,
                 Model model) {
        model.addAttribute("source", lists.source(source).orElseThrow(() -> new NotFoundException("no such list")));
        model.addAttribute("page", lists.delta(source, version, kind == null || kind.isBlank() ? null : kind, 200, offset));
        model.addAttribute("kind", kind);
        return "lists/delta";
    }

    /** The warnings of a version as plain text, one per line. */
    @GetMapping(value = "/lists/{source}/versions/{version}/issues", produces = "text/plain;charset=UTF-8")
    @org.springframework.web.bind.annotation.ResponseBody
    String issues(@PathVariable String source, @PathVariable int version) {
        return String.join("\n", lists.issues(source, version)) + "\n";
    }

    @GetMapping("/lists/entities/{id}")
    String entity(@PathVariable String id, Model model) {
        model.addAttribute("stored", lists.entity(id).orElseThrow(() -> new NotFoundException("no such entity")));
        return "lists/entity";
    }
}
