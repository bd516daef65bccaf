package io.blackbox.screening.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.blackbox.engine.names.NameNormalizer;
import io.blackbox.platform.DomainException;
import io.blackbox.platform.NotFoundException;
import io.blackbox.screening.Party;
import io.blackbox.screening.ScreeningResult;
import io.blackbox.screening.Screenings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The screening page: a form, the ranked hits with their reasons, review buttons, and the history. */
@Controller
class ScreeningPages {

    private final Screenings screenings;

    ScreeningPages(Screenings screenings) {
        this.screenings = screenings;
    }

    @GetMapping("/screening")
    String form(Model model) {
        model.addAttribute("recent", screenings.recent(20, 0));
        return "screening/screen";
    }

    @PostMapping("/screening")
    String screen(@RequestParam String name, @RequestParam(required = false) String schema,
                  @RequestParam(required = false) String country, @RequestParam(required = false) String dob,
                  @RequestParam(required = false) String email, @RequestParam(required = false) String phone,
                  @RequestParam(required = false) String website, @RequestParam(required = false) String reference,
                  Model model) {
        model.addAttribute("form", new Form(name, schema, country, dob, email, phone, website, reference));
        try {
            Party party = Party.parse(List.of(name), schema, country == null ? List.of() : List.of(country),
                    dob == null ? List.of() : List.of(dob), null, null, email, phone, website);
            ScreeningResult result = screenings.screen(party, Set.of(), Screenings.DEFAULT_LIMIT,
                    reference == null || reference.isBlank() ? null : reference);
            return show(result, model);
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
            model.addAttribute("recent", screenings.recent(20, 0));
            return "screening/screen";
        }
    }

    @GetMapping("/screening/{id}")
    String result(@PathVariable UUID id, Model model) {
        return show(screenings.find(id).orElseThrow(() -> new NotFoundException("no such screening")), model);
    }

    /** Records a review and answers with the updated hit row (htmx) or the whole result. */
    @PostMapping("/screening/{id}/decisions")
    String decide(@PathVariable UUID id, @RequestParam String entityId, @RequestParam String decision,
                  @RequestParam(required = false) String note, Model model) {
        screenings.decide(id, entityId, decision, note);
        model.addAttribute("decided", entityId + ":" + decision);
        return result(id, model);
    }

    private String show(ScreeningResult result, Model model) {
        model.addAttribute("result", result);
        NameNormalizer normalizer = NameNormalizer.getDefault();
        model.addAttribute("latin", result.party().names().stream().map(n -> normalizer.normalize(n).latin()).toList());
        return "screening/result";
    }

    /** What the analyst typed, to show it again. */
    record Form(String name, String schema, String country, String dob, String email, String phone, String website,
                String reference) {
    }
}
