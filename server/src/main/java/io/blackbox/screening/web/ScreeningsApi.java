package io.blackbox.screening.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.blackbox.platform.NotFoundException;
import io.blackbox.screening.ListScreening;
import io.blackbox.screening.Party;
import io.blackbox.screening.ScreeningResult;
import io.blackbox.screening.Screenings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Screening one party, the screening history, and reviewed hits. */
@RestController
@RequestMapping("/api/v1/screenings")
@Tag(name = "Screening", description = "Screen counterparties against the lists, with reasons for every hit")
class ScreeningsApi {

    private final Screenings screenings;
    private final ListScreening index;

    ScreeningsApi(Screenings screenings, ListScreening index) {
        this.screenings = screenings;
        this.index = index;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Screen one party: ranked hits with score, band and explanation; stored for your organisation")
    ScreeningResult screen(@RequestBody ScreeningRequest body) {
        return screenings.screen(body.party(), body.sources() == null ? Set.of() : new HashSet<>(body.sources()),
                body.limit() == null ? Screenings.DEFAULT_LIMIT : body.limit(), body.reference());
    }

    @GetMapping("/{id}")
    ScreeningResult screening(@PathVariable UUID id) {
        return screenings.find(id).orElseThrow(() -> new NotFoundException("not found"));
    }

    @GetMapping
    @Operation(summary = "Your organisation's screenings, newest first")
    List<Screenings.Summary> recent(@RequestParam(defaultValue = "50") int limit,
                                    @RequestParam(defaultValue = "0") int offset) {
        return screenings.recent(limit, offset);
    }

    @PostMapping("/{id}/decisions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Review a hit: 'cleared' (false positive, suppressed for this counterparty until the list "
            + "entity changes) or 'confirmed', with a note")
    void decide(@PathVariable UUID id, @RequestBody DecisionRequest body) {
        screenings.decide(id, body.entityId(), body.decision(), body.note());
    }

    @GetMapping("/index")
    @Operation(summary = "Size of the screening index")
    ListScreening.IndexStatus index() {
        return index.status();
    }

    /**
     * One party to screen. {@code name} or {@code names} (any script), {@code schema} (Person, Organization,
     * Company, LegalEntity, Vessel, Airplane; alias {@code type}), {@code country} or {@code countries},
     * {@code dob} (YYYY, YYYY-MM or YYYY-MM-DD), {@code identifiers}, {@code address}, {@code email},
     * {@code phone}, {@code website}; {@code sources} limits the lists; {@code limit} the hits (default 10).
     */
    record ScreeningRequest(String name, List<String> names, String schema, String type, String country,
                            List<String> countries, String dob, List<Party.IdentifierInput> identifiers,
                            String address, String email, String phone, String website, List<String> sources,
                            Integer limit, String reference) {
        Party party() {
            List<String> all = new java.util.ArrayList<>();
            if (name != null) {
                all.add(name);
            }
            if (names != null) {
                all.addAll(names);
            }
            List<String> cs = new java.util.ArrayList<>();
            if (country != null) {
                cs.add(country);
            }
            if (countries != null) {
                cs.addAll(countries);
            }
            return Party.parse(all, schema != null ? schema : type, cs, dob == null ? List.of() : List.of(dob),
                    identifiers, address, email, phone, website);
        }
    }

    record DecisionRequest(String entityId, String decision, String note) {
    }
}
