package io.blackbox.engine.linking;

import java.util.List;
import java.util.Set;

/**
 * What adding one record did.
 *
 * @param recordId  the record
 * @param actor     the actor it now belongs to
 * @param newActor  true when it started a new actor
 * @param links     explanations of the links that placed it, strongest first
 * @param absorbed  actor ids merged into {@code actor} by this record (now aliases)
 * @param issues    problems with the record
 */
public record LinkOutcome(String recordId, ActorId actor, boolean newActor, List<Explanation> links,
                          Set<ActorId> absorbed, List<LinkIssue> issues) {

    public LinkOutcome {
        links = List.copyOf(links);
        absorbed = Set.copyOf(absorbed);
        issues = List.copyOf(issues);
    }
}
