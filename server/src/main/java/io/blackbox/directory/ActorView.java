package io.blackbox.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An actor as one caller may see it: built only from the reports that caller may see, never naming a
 * reporter. Members see counts of independent reporters, not who they are; operator staff also get the
 * report ids (to split an actor).
 *
 * @param id                   the live actor id (an old id that was merged away leads here)
 * @param name                 the most frequent spelling
 * @param names                every name and spelling seen, most frequent first
 * @param kind                 organisation or person, as reported most
 * @param countries            ISO codes
 * @param independentReporters distinct member organisations among the reports
 * @param reports              reports behind what is shown
 * @param firstSeen            earliest day an inquiry arrived
 * @param lastSeen             latest day an inquiry arrived
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActorView(String id, String name, List<Counted> names, String kind, List<String> countries,
                        Identifiers identifiers, List<ItemSought> items, List<Counted> redFlags,
                        int independentReporters, int reports, LocalDate firstSeen, LocalDate lastSeen,
                        List<ListHit> listHits, List<LinkedActor> linkedActors, List<Hub> hubs, RiskScore risk,
                        List<ReportRef> reportRefs) {

    /**
     * The view as a pooled screening hit shows it: names, kind, countries, counts, days, red flags, the
     * classifications sought, the list entities resembled and the risk's score and band. Identifiers, item
     * descriptions, list captions and the risk's reasons are left out: what all members see of every actor is
     * kept in memory for screening (ADR 0023), and those are most of a view's size.
     */
    public ActorView forScreening() {
        List<ItemSought> eccns = items.stream().filter(i -> i.eccn() != null)
                .map(i -> new ItemSought(i.eccn(), null, null, i.reports())).toList();
        List<ListHit> hits = listHits.stream().map(h -> new ListHit(h.entityId(), null, h.score(), h.band())).toList();
        return new ActorView(id, name, names, kind, countries, null, eccns, redFlags, independentReporters, reports,
                firstSeen, lastSeen, hits, null, null, new RiskScore(risk.score(), risk.band(), List.of()), null);
    }

    /** A value and how many reports carry it. */
    public record Counted(String value, int reports) {
    }

    /** The actor's identifiers, normalised. */
    public record Identifiers(List<String> emails, List<String> phones, List<String> domains, List<String> websites,
                              List<String> addresses, List<String> identifiers) {
    }

    /** An export-control classification sought, with descriptions seen. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemSought(String eccn, String heading, List<String> descriptions, int reports) {
    }

    /** A restricted-list entity the actor's names matched when reports arrived; best score kept. */
    public record ListHit(String entityId, String caption, double score, String band) {
    }

    /** Another actor sharing identifiers with this one. */
    public record LinkedActor(String id, String name, List<String> via) {
    }

    /**
     * An identifier of this actor quoted by more actors than are listed as linked (a webmail address, a
     * forwarder): counted, not listed, as networks do not follow it.
     *
     * @param value   the value as {@code kind:value}
     * @param actors  how many actors the caller may see quote it, this one included, counted up to 1,000
     * @param atLeast whether counting stopped there
     */
    public record Hub(String value, int actors, boolean atLeast) {
    }

    /**
     * One report behind the actor; operator staff only.
     *
     * @param linkedTo the most alike other report of the actor
     * @param why      the linking engine's explanation against it (features, weights, probability)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportRef(UUID id, LocalDate receivedOn, String sharing, String status, UUID linkedTo,
                            Double probability, String why) {
    }

    /** A line of a directory search. */
    public record Summary(String id, String name, List<String> countries, int independentReporters, int reports,
                          LocalDate lastSeen, String riskBand) {
    }
}
