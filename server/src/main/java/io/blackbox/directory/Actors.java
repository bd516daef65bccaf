package io.blackbox.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.blackbox.directory.internal.ReportFacts;
import io.blackbox.directory.internal.RiskModel;
import io.blackbox.engine.names.NameNormalizer;
import io.blackbox.platform.AccessRefusedException;
import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.MembersReads;
import io.blackbox.platform.NotFoundException;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.RandomIds;
import io.blackbox.platform.Role;
import io.blackbox.reports.ReportFeed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The actor directory as each caller may see it, and the operator's merges and splits. Rows come through
 * the row policies of {@code directory_report}: a member gets only the reports other members may see
 * (and its own shared ones), operator staff get all, anybody else nothing; an actor without a visible
 * report answers exactly like one that does not exist. Every read of the pool is audited.
 */
@Service
public class Actors {

    static final int MAX_RESULTS = 50;
    private static final Pattern ACTOR_ID = Pattern.compile("A[0-9]{1,18}");
    private static final int MAX_REASON = 2_000;

    private final JdbcClient jdbc;
    /** Statements of {@link #MEMBERS}, on sessions that state it once (ADR 0021). */
    private final JdbcClient membersJdbc;
    private final TransactionTemplate tx;
    private final ReportFeed feed;
    private final AuditTrail audit;
    private final DirectoryLinking linking;
    private final RiskModel risk;
    private final ViewCache<ActorView> views;
    /** What {@link #MEMBERS} read, kept apart: {@link MembersViewsKeeper} may keep every actor's here. */
    private final ViewCache<ActorView> membersViews;
    private final ViewCache<Quoting> quoting;
    private final ViewCache<List<String>> listedQuoting;
    /**
     * The values that some report whose names match a restricted-party list quotes ({@code directory_key} rows
     * marked {@code listed}): about 3 % of the pool's values at 1,000,000 reports. The risk's network factor
     * asks the database, through the caller's row policies, only about these; the set holds the values of
     * reports the caller may not see too, and only spares the question for the others, which no listed report
     * quotes for anybody.
     */
    private final PoolSnapshot<Set<String>> listedValues;
    /**
     * Whether some report is seen by its own reporter and by no other member (shared with members, but waiting
     * for review while {@code app.reports.share-before-review} is false). While none is, the row policies give
     * every member exactly what {@link #MEMBERS} reads, and pooled screening reads it once for all of them.
     */
    private final PoolSnapshot<Boolean> ownOnlyReports;
    /** Whether an organisation has a report that it alone sees, while some organisation has one. */
    private final ViewCache<Boolean> ownOnlyOf = new ViewCache<>(10_000);

    /**
     * A reader of what every member may see: a member organisation that exists nowhere, so that the row
     * policies give it the reports other members may see and none as its own. Views it reads are kept once for
     * all members ({@link #readerFor}); it is never stated in a transaction begun for anybody else.
     */
    static final Caller MEMBERS = new Caller(null, MembersReads.ORGANISATION, OrganisationKind.MEMBER, Role.MEMBER_ANALYST,
            "system:members-view", Set.of(Caller.READ));

    Actors(JdbcClient jdbc, MembersReads members, TransactionTemplate tx, ReportFeed feed, AuditTrail audit,
           DirectoryLinking linking, DirectoryProperties properties) {
        this.jdbc = jdbc;
        this.membersJdbc = members.jdbc();
        this.tx = tx;
        this.feed = feed;
        this.audit = audit;
        this.linking = linking;
        // a view depends on its actor's reports and, through the network factor, on the values they quote;
        // the actors quoting a value depend on that value only
        this.views = new ViewCache<>(ViewCache.DEFAULT_SIZE, linking.changeLog());
        this.membersViews = new ViewCache<>(ViewCache.DEFAULT_SIZE, linking.changeLog());
        this.quoting = new ViewCache<>(ViewCache.DEFAULT_SIZE, linking.changeLog());
        this.listedQuoting = new ViewCache<>(ViewCache.DEFAULT_SIZE, linking.changeLog());
        this.risk = new RiskModel(properties.halfLife());
        this.listedValues = new PoolSnapshot<>("directory-listed-values",
                "the risk's network factor asks about every value", jdbc, tx, linking::changes, db -> {
                    Set<String> out = new HashSet<>();
                    db.sql("SELECT DISTINCT key FROM directory_key WHERE listed").query(rs -> {
                        out.add(rs.getString(1));
                    });
                    return Set.copyOf(out);
                });
        this.ownOnlyReports = new PoolSnapshot<>("directory-own-only-reports",
                "pooled screening reads each organisation's views apart", jdbc, tx, linking::changes,
                db -> db.sql("SELECT EXISTS (SELECT 1 FROM directory_report WHERE NOT members_see AND sharing <> 'operator')")
                        .query(Boolean.class).single());
    }

    /** A visible report of an actor, as read from the directory. */
    record Row(UUID reportId, String actorId, String reporterKey, String sharing, String status, LocalDate receivedOn,
               List<String> keys, ReportFacts facts) {
    }

    /** The columns of the actors' reports a view is built from; they answer through the row policies, as the caller's. */
    private static final String ROWS = """
            SELECT r.report_id, r.actor_id, r.reporter_key, r.sharing, r.status, r.received_on, r.keys, r.facts::text
            FROM directory_report r WHERE r.actor_id = ANY(?) ORDER BY r.received_on, r.report_id""";

    /**
     * The same rows as {@link #ROWS} reads for {@link #MEMBERS}, kept one row per actor (migration V12, ADR 0021):
     * one index probe and one page per actor instead of one page per report.
     */
    private static final String MEMBERS_ROWS = "SELECT actor_id, reports FROM directory_actor_members WHERE actor_id = ANY(?)";

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), List.of((String[]) rs.getArray(7).getArray()),
                ReportFacts.fromJson(rs.getString(8)));
    }

    /**
     * One actor as the caller may see it.
     *
     * @throws NotFoundException when there is no such actor or the caller may see none of its reports
     */
    public ActorView find(String id) {
        Caller caller = requireReader();
        return read(caller, () -> {
            long changes = linking.changes(); // before the read, as views() counts them
            String live = resolve(id).orElseThrow(Actors::notFound);
            List<Row> rows = rowsOf(List.of(live));
            if (rows.isEmpty()) {
                throw notFound();
            }
            audit.record("directory.read", "actor", live, null, rows.size() + " reports");
            return view(live, rows, caller, true,
                    listedNeighbours(Map.of(live, rows), caller, changes, jdbc).getOrDefault(live, 0));
        });
    }

    /**
     * Actors whose names contain or resemble {@code query} (all visible actors, most recently seen
     * first, without one), as the caller may see them; at most {@value #MAX_RESULTS}.
     */
    public List<ActorView.Summary> search(String query, int limit) {
        Caller caller = Callers.require();
        if (!(caller.orgKind() == OrganisationKind.MEMBER || isStaff(caller))) {
            return List.of(); // regulators receive released packages, not the pool; auditors read the trail
        }
        String q = searchTerm(query);
        int n = Math.max(1, Math.min(limit, MAX_RESULTS));
        return read(caller, () -> {
            long changes = linking.changes();
            List<String> ids = q == null
                    ? jdbc.sql("SELECT actor_id FROM directory_report GROUP BY actor_id "
                            + "ORDER BY max(received_on) DESC, actor_id LIMIT ?").param(n).query(String.class).list()
                    : jdbc.sql("""
                            SELECT actor_id FROM directory_report
                            WHERE search_text LIKE '%' || ? || '%' OR search_text % ? OR ? <% search_text
                            GROUP BY actor_id ORDER BY max(word_similarity(?, search_text)) DESC, actor_id LIMIT ?""")
                    .params(q, q, q, q, n).query(String.class).list();
            Map<String, List<Row>> byActor = group(rowsOf(ids));
            Map<String, Integer> listed = listedNeighbours(byActor, caller, changes, jdbc);
            List<ActorView.Summary> out = new ArrayList<>();
            for (String id : ids) {
                List<Row> rows = byActor.get(id);
                if (rows != null) {
                    ActorView v = view(id, rows, caller, false, listed.getOrDefault(id, 0));
                    out.add(new ActorView.Summary(v.id(), v.name(), v.countries(), v.independentReporters(), v.reports(),
                            v.lastSeen(), v.risk().band()));
                }
            }
            if (!out.isEmpty()) {
                audit.record("directory.search", "actor", null, null, out.size() + " actors");
            }
            return out;
        });
    }

    /**
     * Visible actors by id, built as {@link #find} builds them (without linked actors), for pooled
     * screening and networks; no audit entry (the caller audits). Must run inside a transaction whose
     * scope was entered. What was read through the row policies for one organisation is kept for it until a
     * change of the directory touches the actor or a value its reports quote (or the day changes, for the
     * risk's recency; see {@link ViewCache}), so repeated screenings and overlapping networks do not read the
     * same actors again, and a new report reads again only the actors it could have changed.
     */
    Map<String, ActorView> views(Collection<String> ids, Caller caller) {
        long changes = linking.changes();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, ActorView> out = new LinkedHashMap<>();
        ViewCache<ActorView> kept = viewsOf(caller);
        List<String> missing = kept.collect(caller, "", ids, changes, today, out);
        if (missing.isEmpty()) {
            return out;
        }
        Map<String, List<Row>> byActor = caller == MEMBERS ? membersRowsOf(missing) : group(rowsOf(missing));
        Map<String, Integer> listed = listedNeighbours(byActor, caller, changes, caller == MEMBERS ? membersJdbc : jdbc);
        for (String id : missing) {
            List<Row> rows = byActor.get(id);
            ActorView v = rows == null ? null : view(id, rows, caller, false, listed.getOrDefault(id, 0));
            if (v != null && caller == MEMBERS) {
                v = v.forScreening(); // read for pooled screening only, and kept for the whole pool (ADR 0023)
            }
            kept.put(caller, id, changes, today, v, id, rows == null ? List.of() : valuesOf(rows));
            if (v != null) {
                out.put(id, v);
            }
        }
        return out;
    }

    private ViewCache<ActorView> viewsOf(Caller caller) {
        return caller == MEMBERS ? membersViews : views;
    }

    /** The actors with a report every member may see, in no particular order; read as {@link #MEMBERS}. */
    List<String> membersActors() {
        return read(MEMBERS, () -> membersJdbc.sql("SELECT actor_id FROM directory_actor_members")
                .query(String.class).list());
    }

    /**
     * Reads what every member may see of these actors, as {@link #views} does for {@link #MEMBERS}, and keeps
     * it; actors kept and spared by every change since are not read again. Returns how many were read.
     */
    int keepMembersViews(List<String> ids) {
        long changes = linking.changes();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> missing = membersViews.collect(MEMBERS, "", ids, changes, today, new HashMap<>());
        if (!missing.isEmpty()) {
            read(MEMBERS, () -> views(missing, MEMBERS));
        }
        return missing.size();
    }

    /**
     * Brings the kept members' views to the directory as it is now ({@link ViewCache#advance}); returns the
     * actors whose view a change touched, to read again.
     */
    List<String> advanceMembersViews(long changes) {
        return membersViews.advance(MEMBERS, changes, LocalDate.now(ZoneOffset.UTC));
    }

    /** Keeps up to this many members' views. */
    void membersViewsCapacity(int actors) {
        membersViews.capacity(Math.max(ViewCache.DEFAULT_SIZE, actors));
    }

    int membersViewsKept() {
        return membersViews.size();
    }

    /** The values an actor's visible reports quote: what its view depends on besides the actor itself. */
    private static Set<String> valuesOf(List<Row> rows) {
        Set<String> out = new HashSet<>();
        rows.forEach(r -> out.addAll(r.keys()));
        return out;
    }

    /**
     * The visible actors by id as {@link #views} built them for this caller's organisation, as long as
     * no change since touched them, without a database read; empty when any of them has not been built yet.
     */
    Optional<Map<String, ActorView>> cachedViews(Collection<String> ids, Caller caller) {
        long changes = linking.changes();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, ActorView> out = new LinkedHashMap<>();
        ViewCache<ActorView> kept = viewsOf(caller);
        for (String id : ids) {
            ViewCache.Cached<ActorView> c = kept.get(caller, id, changes, today);
            if (c == null) {
                return Optional.empty();
            }
            if (c.view() != null) {
                out.put(id, c.view());
            }
        }
        return Optional.of(out);
    }

    /** Waits until the values listed reports quote are known for the directory as it is; for tests. */
    boolean awaitListedValues(java.time.Duration max) throws InterruptedException {
        return listedValues.awaitCurrent(max);
    }

    /** Merges two actors into one (an operator's same-actor decision); returns the merged actor. */
    public ActorView merge(String id, String otherId, String reason) {
        Caller caller = requireOperator();
        String why = reason(reason);
        tx.executeWithoutResult(s -> {
            String a = resolve(id).orElseThrow(Actors::notFound);
            String b = resolve(otherId).orElseThrow(() -> new InvalidInputException("with", "no actor " + otherId));
            if (a.equals(b)) {
                throw new InvalidInputException("with", otherId + " is already " + a);
            }
            List<UUID> left = reportIds(a);
            List<UUID> right = reportIds(b);
            if (left.isEmpty()) {
                throw notFound();
            }
            if (right.isEmpty()) {
                throw new InvalidInputException("with", "no actor " + otherId);
            }
            decide("same-actor", left, right, List.of(a, b), caller, why);
            audit.record("directory.merge", "actor", a, null, "merged with " + b + ": " + why);
        });
        linking.rebuild("merge by " + caller.label());
        return find(id);
    }

    /**
     * Splits reports off an actor (an operator's different-actor decision): they become an actor of their
     * own and never join the rest again. Returns the actor ids of both parts, the rest first.
     */
    public List<String> split(String id, Collection<UUID> reports, String reason) {
        Caller caller = requireOperator();
        String why = reason(reason);
        if (reports == null || reports.isEmpty()) {
            throw new InvalidInputException("reports", "name the reports to split off");
        }
        Set<UUID> off = new LinkedHashSet<>(reports);
        UUID[] restOne = new UUID[1];
        tx.executeWithoutResult(s -> {
            String a = resolve(id).orElseThrow(Actors::notFound);
            List<UUID> all = reportIds(a);
            if (all.isEmpty()) {
                throw notFound();
            }
            for (UUID r : off) {
                if (!all.contains(r)) {
                    throw new InvalidInputException("reports", "report " + r + " is not part of actor " + a);
                }
            }
            List<UUID> rest = all.stream().filter(r -> !off.contains(r)).toList();
            if (rest.isEmpty()) {
                throw new InvalidInputException("reports", "leave at least one report with actor " + a);
            }
            List<UUID> offList = List.copyOf(off);
            decide("different-actor", offList, rest, List.of(a), caller, why);
            if (offList.size() > 1) {
                decide("same-actor", offList.subList(0, 1), offList.subList(1, offList.size()), List.of(a), caller, why);
            }
            audit.record("directory.split", "actor", a, null, off.size() + " of " + all.size() + " reports split off: " + why);
            restOne[0] = rest.getFirst();
        });
        linking.rebuild("split by " + caller.label());
        UUID offOne = off.iterator().next();
        return tx.execute(s -> List.of(actorOf(restOne[0]), actorOf(offOne)));
    }

    private String actorOf(UUID report) {
        return jdbc.sql("SELECT actor_id FROM directory_report WHERE report_id = ?").param(report)
                .query(String.class).single();
    }

    /** A merge or split as the operator recorded it. */
    public record Decision(UUID id, String kind, List<String> actors, int leftReports, int rightReports,
                           String decidedBy, Instant decidedAt, String reason) {
    }

    /** The operators' decisions, newest first; operator staff only. */
    public List<Decision> decisions(int limit) {
        requireStaff();
        return tx.execute(s -> jdbc.sql("""
                        SELECT id, kind, actors, cardinality(left_reports), cardinality(right_reports), decided_by,
                               decided_at, reason FROM directory_decision ORDER BY decided_at DESC LIMIT ?""")
                .param(Math.max(1, Math.min(limit, 500)))
                .query((rs, n) -> new Decision(rs.getObject(1, UUID.class), rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray()), rs.getInt(4), rs.getInt(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), rs.getString(8)))
                .list());
    }

    /** An alert for the operator. */
    public record Alert(long id, String actorId, String kind, String detail, Instant createdAt, boolean seen) {
    }

    /** Operator alerts (bursts of reports from one member), newest first; operator staff only. */
    public List<Alert> alerts(boolean unseenOnly) {
        requireStaff();
        return tx.execute(s -> jdbc.sql("SELECT id, actor_id, kind, detail, created_at, seen_at IS NOT NULL "
                        + "FROM directory_alert WHERE (NOT ? OR seen_at IS NULL) ORDER BY created_at DESC, id DESC LIMIT 500")
                .param(unseenOnly)
                .query((rs, n) -> new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6)))
                .list());
    }

    /** Marks an alert seen; operator staff with write access. */
    public void markSeen(long alertId) {
        requireOperator();
        tx.executeWithoutResult(s -> {
            int n = jdbc.sql("UPDATE directory_alert SET seen_at = coalesce(seen_at, now()) WHERE id = ?")
                    .param(alertId).update();
            if (n == 0) {
                throw new NotFoundException("alert not found");
            }
            audit.record("directory.alert.seen", "directory-alert", Long.toString(alertId), null, "");
        });
    }

    // ---- building views

    private ActorView view(String id, List<Row> rows, Caller caller, boolean withLinks, int listedNeighbours) {
        Map<String, Integer> names = new LinkedHashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        Set<String> countries = new TreeSet<>();
        Set<String> emails = new TreeSet<>();
        Set<String> phones = new TreeSet<>();
        Set<String> domains = new TreeSet<>();
        Set<String> websites = new TreeSet<>();
        Set<String> addresses = new LinkedHashSet<>();
        Set<String> identifiers = new TreeSet<>();
        Map<String, Integer> flags = new java.util.TreeMap<>();
        Map<String, ItemAcc> items = new LinkedHashMap<>();
        Map<String, ActorView.ListHit> hits = new LinkedHashMap<>();
        Set<String> reporters = new HashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        List<RiskModel.Input> inputs = new ArrayList<>();
        List<ActorView.ReportRef> refs = new ArrayList<>();
        for (Row r : rows) {
            ReportFacts f = r.facts();
            f.names().forEach(n -> names.merge(n, 1, Integer::sum));
            if (f.kind() != null) {
                kinds.merge(f.kind(), 1, Integer::sum);
            }
            if (f.country() != null) {
                countries.add(f.country());
            }
            emails.addAll(f.emails());
            phones.addAll(f.phones());
            domains.addAll(f.domains());
            websites.addAll(f.websites());
            addresses.addAll(f.addresses());
            identifiers.addAll(f.identifiers());
            new LinkedHashSet<>(f.redFlags()).forEach(x -> flags.merge(x, 1, Integer::sum));
            Set<String> seenHere = new HashSet<>();
            for (ReportFacts.Item i : f.items()) {
                String key = i.eccn() == null ? "unclassified" : i.eccn();
                ItemAcc acc = items.computeIfAbsent(key, k -> new ItemAcc(i.eccn(), i.eccnHeading()));
                if (i.description() != null && !i.description().isBlank()) {
                    acc.descriptions.add(i.description().strip());
                }
                if (seenHere.add(key)) {
                    acc.reports++;
                }
            }
            for (ReportFacts.Hit h : f.listHits()) {
                ActorView.ListHit old = hits.get(h.entityId());
                if (old == null || old.score() < h.score()) {
                    hits.put(h.entityId(), new ActorView.ListHit(h.entityId(), h.caption(), h.score(), h.band()));
                }
            }
            reporters.add(r.reporterKey());
            first = first == null || r.receivedOn().isBefore(first) ? r.receivedOn() : first;
            last = last == null || r.receivedOn().isAfter(last) ? r.receivedOn() : last;
            inputs.add(new RiskModel.Input(r.reporterKey(), r.receivedOn(), f));
            refs.add(new ActorView.ReportRef(r.reportId(), r.receivedOn(), r.sharing(), r.status(), null, null, null));
        }
        List<ActorView.Counted> nameList = sorted(names);
        String kind = kinds.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        List<ActorView.ItemSought> itemList = items.values().stream()
                .sorted(Comparator.comparingInt((ItemAcc a) -> -a.reports).thenComparing(a -> String.valueOf(a.eccn)))
                .map(a -> new ActorView.ItemSought(a.eccn, a.heading, List.copyOf(a.descriptions), a.reports)).toList();
        List<ActorView.ListHit> hitList = hits.values().stream()
                .sorted(Comparator.comparingDouble(ActorView.ListHit::score).reversed()).toList();
        Links links = withLinks ? links(id, rows, caller) : null;
        boolean staff = isStaff(caller);
        if (staff && withLinks) {
            refs = explained(refs);
        }
        refs.sort(Comparator.comparing(ActorView.ReportRef::receivedOn).thenComparing(ActorView.ReportRef::id));
        return new ActorView(id, nameList.isEmpty() ? id : nameList.getFirst().value(), nameList, kind,
                List.copyOf(countries),
                new ActorView.Identifiers(List.copyOf(emails), List.copyOf(phones), List.copyOf(domains),
                        List.copyOf(websites), List.copyOf(addresses), List.copyOf(identifiers)),
                itemList, sorted(flags), reporters.size(), rows.size(), first, last, hitList,
                links == null ? null : links.actors(), links == null ? null : links.hubs(),
                risk.score(inputs, listedNeighbours, LocalDate.now(ZoneOffset.UTC)), staff ? refs : null);
    }

    /** The reports with the engine's reasons for their place in the actor; operator staff only (row policy). */
    private List<ActorView.ReportRef> explained(List<ActorView.ReportRef> refs) {
        Map<UUID, ActorView.ReportRef> why = new HashMap<>();
        jdbc.sql("SELECT report_id, other_report, probability, explanation FROM directory_link WHERE report_id = ANY(?)")
                .param(refs.stream().map(ActorView.ReportRef::id).toArray(UUID[]::new))
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    why.put(id, new ActorView.ReportRef(id, null, null, null, rs.getObject(2, UUID.class),
                            Math.round(rs.getDouble(3) * 10_000) / 10_000.0, rs.getString(4)));
                });
        List<ActorView.ReportRef> out = new ArrayList<>();
        for (ActorView.ReportRef r : refs) {
            ActorView.ReportRef w = why.get(r.id());
            out.add(w == null ? r : new ActorView.ReportRef(r.id(), r.receivedOn(), r.sharing(), r.status(), w.linkedTo(),
                    w.probability(), w.why()));
        }
        return out;
    }

    private static final class ItemAcc {
        final String eccn;
        final String heading;
        final Set<String> descriptions = new TreeSet<>();
        int reports;

        ItemAcc(String eccn, String heading) {
            this.eccn = eccn;
            this.heading = heading;
        }
    }

    private static List<ActorView.Counted> sorted(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new ActorView.Counted(e.getKey(), e.getValue())).toList();
    }

    /**
     * For each actor, how many other visible actors quote one of the values of its visible reports in a visible
     * report whose names match a restricted-party list (the risk's network factor). A hub, a value quoted by
     * more than {@value Networks#FOLLOW_ACTORS} visible actors, links nobody here, as a network does not follow
     * it (ADR 0011): sharing a webmail address or a forwarder's office with a listed actor says nothing about
     * an actor (ADR 0017). Only values that some listed report quotes ({@link #listedValues}) are asked about;
     * the answers are kept for the caller's organisation until a change touches the value. Must run inside a
     * transaction whose scope was entered; {@code changes} is the count of changes read before the rows were.
     */
    private Map<String, Integer> listedNeighbours(Map<String, List<Row>> byActor, Caller caller, long changes,
                                                  JdbcClient db) {
        Map<String, Set<String>> valuesOf = new HashMap<>();
        Set<String> values = new HashSet<>();
        Set<String> listed = listedValues.at(changes);
        byActor.forEach((id, rows) -> {
            Set<String> own = new HashSet<>();
            for (Row r : rows) {
                for (String v : r.keys()) {
                    if (listed == null || listed.contains(v)) {
                        own.add(v);
                    }
                }
            }
            valuesOf.put(id, own);
            values.addAll(own);
        });
        Map<String, List<String>> listedActors = listedQuoting(values, caller, changes, db);
        Map<String, Integer> out = new HashMap<>();
        valuesOf.forEach((id, own) -> {
            Set<String> neighbours = new HashSet<>();
            own.forEach(v -> neighbours.addAll(listedActors.getOrDefault(v, List.of())));
            neighbours.remove(id);
            if (!neighbours.isEmpty()) {
                out.put(id, neighbours.size());
            }
        });
        return out;
    }

    /**
     * For each value, the visible actors quoting it in a visible listed report, or none when it is a hub (more
     * than {@value Networks#FOLLOW_ACTORS} visible actors quote it, counted up to one more; counted first, so a
     * hub's listed rows are not read). Values with neither are left out.
     */
    private Map<String, List<String>> listedQuoting(Collection<String> values, Caller caller, long changes, JdbcClient db) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, List<String>> out = new HashMap<>();
        List<String> missing = listedQuoting.collect(caller, "", values, changes, today, out);
        if (missing.isEmpty()) {
            return out;
        }
        Map<String, List<String>> read = new HashMap<>();
        db.sql("""
                        SELECT v.key, CASE WHEN c.n <= ? THEN ARRAY(SELECT DISTINCT b.actor_id FROM directory_key b
                                                                   WHERE b.key = v.key AND b.listed) END
                        FROM unnest(?::text[]) AS v(key) CROSS JOIN LATERAL
                            (SELECT count(*) AS n FROM (SELECT DISTINCT h.actor_id FROM directory_key h
                                                        WHERE h.key = v.key LIMIT ?) d) c""")
                .params(Networks.FOLLOW_ACTORS, missing.toArray(String[]::new), Networks.FOLLOW_ACTORS + 1)
                .query(rs -> {
                    java.sql.Array a = rs.getArray(2);
                    String[] ids = a == null ? new String[0] : (String[]) a.getArray();
                    if (ids.length > 0) {
                        read.put(rs.getString(1), List.of(ids));
                    }
                });
        for (String v : missing) {
            List<String> ids = read.get(v);
            listedQuoting.put(caller, v, changes, today, ids, null, List.of(v));
            if (ids != null) {
                out.put(v, ids);
            }
        }
        return out;
    }

    /**
     * Other visible actors quoting an identifier of this one's visible reports, and the identifiers quoted by
     * too many actors to list them (hubs, as networks do not follow them: ADR 0011).
     */
    private record Links(List<ActorView.LinkedActor> actors, List<ActorView.Hub> hubs) {
    }

    private Links links(String id, List<Row> rows, Caller caller) {
        Set<String> keys = new TreeSet<>();
        rows.forEach(r -> keys.addAll(r.keys()));
        if (keys.isEmpty()) {
            return new Links(List.of(), List.of());
        }
        Map<String, Set<String>> via = new LinkedHashMap<>();
        Map<String, UUID> quotedIn = new HashMap<>();
        List<ActorView.Hub> hubs = new ArrayList<>();
        quoting(keys, caller, Networks.FOLLOW_ACTORS, Networks.COUNT_UP_TO).forEach((key, q) -> {
            if (q.holders() == null) {
                hubs.add(new ActorView.Hub(key, q.actors(), q.atLeast()));
                return;
            }
            for (Holder h : q.holders()) {
                if (!h.actorId().equals(id)) {
                    via.computeIfAbsent(h.actorId(), x -> new TreeSet<>()).add(key);
                    quotedIn.putIfAbsent(h.actorId(), h.reportId());
                }
            }
        });
        hubs.sort(Comparator.comparingInt((ActorView.Hub h) -> -h.actors()).thenComparing(ActorView.Hub::value));
        List<Map.Entry<String, Set<String>>> shown = via.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_RESULTS)
                .toList();
        // the name from a report quoting the value, read for the actors shown only
        Map<UUID, String> names = new HashMap<>();
        if (!shown.isEmpty()) {
            jdbc.sql("SELECT report_id, facts->'names'->>0 FROM directory_report WHERE report_id = ANY(?)")
                    .param(shown.stream().map(e -> quotedIn.get(e.getKey())).toArray(UUID[]::new))
                    .query(rs -> {
                        names.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return new Links(shown.stream()
                .map(e -> new ActorView.LinkedActor(e.getKey(), names.get(quotedIn.get(e.getKey())),
                        List.copyOf(e.getValue())))
                .toList(), List.copyOf(hubs));
    }

    /** A visible actor quoting a value, and one of its reports that does. */
    record Holder(String actorId, UUID reportId) {
    }

    /**
     * How many visible actors quote a value, and which (in id order, each with one of its reports quoting it)
     * when they are at most {@code follow}.
     *
     * @param actors  the count, exact below {@code countUpTo}
     * @param atLeast whether counting stopped at {@code countUpTo}: there may be more
     * @param holders the actors, or null when there are more than {@code follow}: a hub
     */
    record Quoting(int actors, boolean atLeast, List<Holder> holders) {
    }

    /**
     * For each value, how many visible actors quote it, counted up to {@code countUpTo}, and which when they
     * are at most {@code follow}; values no visible report quotes are left out. Read from {@code directory_key}
     * (one row per value and report, readable exactly when the report is): its index on (value, actor, report)
     * holds the columns the row policy decides on, so both reads are index-only scans under the policies
     * (ADR 0013), and both stop early: a value's actors are read up to {@code follow + 1}, and a value with more
     * (a webmail address, a forwarder: a hub) is then only counted, up to {@code countUpTo} (ADR 0016). The same
     * values recur on many pages and networks: what was read is kept for the caller's organisation until the
     * directory changes, as {@link #views} keeps actor views. Must run inside a transaction whose scope was
     * entered.
     */
    Map<String, Quoting> quoting(Collection<String> values, Caller caller, int follow, int countUpTo) {
        // read before the query: what was read before a change must never answer after it (see ViewCache)
        long changes = linking.changes();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String limits = follow + "/" + countUpTo + "/";
        Map<String, Quoting> out = new LinkedHashMap<>();
        List<String> missing = quoting.collect(caller, limits, values, changes, today, out);
        if (missing.isEmpty()) {
            return out;
        }
        Map<String, List<Holder>> read = new HashMap<>();
        jdbc.sql("""
                        SELECT v.key, h.actor_id, h.report_id FROM unnest(?::text[]) AS v(key) CROSS JOIN LATERAL
                            (SELECT DISTINCT ON (actor_id) actor_id, report_id FROM directory_key k
                             WHERE k.key = v.key ORDER BY actor_id, report_id LIMIT ?) h""")
                .params(missing.toArray(String[]::new), follow + 1)
                .query(rs -> {
                    read.computeIfAbsent(rs.getString(1), x -> new ArrayList<>())
                            .add(new Holder(rs.getString(2), rs.getObject(3, UUID.class)));
                });
        List<String> hubs = missing.stream().filter(v -> read.getOrDefault(v, List.of()).size() > follow).toList();
        Map<String, Integer> counted = new HashMap<>();
        if (!hubs.isEmpty()) {
            jdbc.sql("""
                            SELECT v.key, (SELECT count(*) FROM (SELECT DISTINCT actor_id FROM directory_key k
                                                                 WHERE k.key = v.key LIMIT ?) c)
                            FROM unnest(?::text[]) AS v(key)""")
                    .params(countUpTo, hubs.toArray(String[]::new))
                    .query(rs -> {
                        counted.put(rs.getString(1), rs.getInt(2));
                    });
        }
        for (String v : missing) {
            List<Holder> quoting = read.get(v);
            Quoting q = null; // no report the caller may see quotes it
            if (quoting != null && quoting.size() <= follow) {
                q = new Quoting(quoting.size(), false, List.copyOf(quoting));
            } else if (quoting != null) {
                int n = Math.max(counted.getOrDefault(v, quoting.size()), quoting.size());
                q = new Quoting(n, n >= countUpTo, null);
            }
            this.quoting.put(caller, limits + v, changes, today, q, null, List.of(v));
            if (q != null) {
                out.put(v, q);
            }
        }
        return out;
    }

    private List<Row> rowsOf(Collection<String> actors) {
        if (actors.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ROWS)
                .param(actors.toArray(String[]::new))
                .query((rs, n) -> row(rs)).list();
    }

    /** The rows every member may see of these actors, by actor; what {@link #rowsOf} reads as {@link #MEMBERS}. */
    private Map<String, List<Row>> membersRowsOf(Collection<String> actors) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        if (actors.isEmpty()) {
            return out;
        }
        membersJdbc.sql(MEMBERS_ROWS).param(actors.toArray(String[]::new)).query(rs -> {
            String actor = rs.getString(1);
            List<Row> rows = new ArrayList<>();
            for (ReportFacts.Kept k : ReportFacts.fromKept(rs.getString(2))) {
                rows.add(new Row(k.reportId(), actor, k.reporterKey(), k.sharing(), k.status(), k.receivedOn(), k.keys(),
                        k.facts()));
            }
            out.put(actor, rows);
        });
        return out;
    }

    private static Map<String, List<Row>> group(List<Row> rows) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.computeIfAbsent(r.actorId(), k -> new ArrayList<>()).add(r));
        return out;
    }

    private List<UUID> reportIds(String actor) {
        return jdbc.sql("SELECT report_id FROM directory_report WHERE actor_id = ? ORDER BY report_id").param(actor)
                .query(UUID.class).list();
    }

    private void decide(String kind, List<UUID> left, List<UUID> right, List<String> actors, Caller caller, String why) {
        jdbc.sql("""
                        INSERT INTO directory_decision (id, kind, left_reports, right_reports, actors, decided_by, reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(RandomIds.next(), kind, left.toArray(UUID[]::new), right.toArray(UUID[]::new),
                        actors.toArray(String[]::new), caller.label(), why)
                .update();
    }

    /**
     * The live id of an actor the caller may see (at least one readable report), following merges; must
     * run inside a transaction whose scope was entered.
     */
    Optional<String> resolveVisible(String id) {
        return resolve(id).filter(live -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM directory_report WHERE actor_id = ?)")
                .param(live).query(Boolean.class).single());
    }

    /** The sequence number of an actor id, for ordering ids as numbers. */
    static long sequenceOf(String actorId) {
        return Long.parseLong(actorId.substring(1));
    }

    /** The live id an actor id stands for, following merges; empty for a malformed id. */
    private Optional<String> resolve(String id) {
        if (id == null || !ACTOR_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        String current = id;
        for (int hops = 0; hops < 50; hops++) {
            Optional<String> next = jdbc.sql("SELECT actor_id FROM directory_alias WHERE alias = ?").param(current)
                    .query(String.class).optional();
            if (next.isEmpty() || next.get().equals(current)) {
                return Optional.of(current);
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /**
     * Runs {@code work} in a transaction that reads the directory as the caller. A member's reporter tag, which
     * the row policies compare each report's with, is stated with the caller when the transaction begins here
     * ({@link ReportFeed#inScope}), or by {@link #enter} when the work joins a transaction already running.
     * {@link #MEMBERS} begins no transaction: {@link #views} reads for it on the sessions of {@link MembersReads},
     * which state it once, each statement on its own (ADR 0021).
     */
    <T> T read(Caller caller, Supplier<T> work) {
        if (caller == MEMBERS) {
            return Callers.runAs(MEMBERS, work::get);
        }
        if (caller.orgKind() == OrganisationKind.MEMBER && !TransactionSynchronizationManager.isActualTransactionActive()) {
            return feed.inScope(caller, () -> tx.execute(s -> work.get()));
        }
        return tx.execute(s -> {
            enter(caller);
            return work.get();
        });
    }

    /**
     * Who reads the directory's actors for this caller's pooled screening: {@link #MEMBERS} for a member whose
     * organisation has no report that it alone sees (the caller's row policies then give exactly what every
     * member may see, so views read once serve every member until a change touches them), else the caller
     * itself; also the caller itself inside a running transaction, which states the caller already. While no
     * report at all is seen by its reporter alone (always, with the product's settings) nothing is asked;
     * else the organisation is asked once per change of the directory, through its own row policies.
     */
    Caller readerFor(Caller caller) {
        if (caller.orgKind() != OrganisationKind.MEMBER || caller == MEMBERS
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            return caller;
        }
        long changes = linking.changes();
        Boolean anyone = ownOnlyReports.at(changes);
        if (anyone == null) {
            return caller;
        }
        if (!anyone) {
            return MEMBERS;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ViewCache.Cached<Boolean> known = ownOnlyOf.get(caller, "", changes, today);
        Boolean own = known != null ? known.view() : null;
        if (own == null) {
            // the rows a member reads that other members may not see are its own reports seen by it alone
            own = read(caller, () -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM directory_report "
                    + "WHERE NOT members_see AND sharing <> 'operator')").query(Boolean.class).single());
            ownOnlyOf.put(caller, "", changes, today, own);
        }
        return own ? caller : MEMBERS;
    }

    /** Waits until whether some report is its reporter's alone is known for the directory as it is; for tests. */
    boolean awaitOwnOnlyReports(java.time.Duration max) throws InterruptedException {
        return ownOnlyReports.awaitCurrent(max);
    }

    /** States the caller's reporter tag for the row policies; needed for members only. */
    void enter(Caller caller) {
        if (caller.orgKind() == OrganisationKind.MEMBER) {
            feed.enterScope(caller);
        }
    }

    /** Members and operator staff read the directory; regulators and auditors see no pool. */
    static Caller requireReader() {
        Caller caller = Callers.require();
        if (!(caller.orgKind() == OrganisationKind.MEMBER || isStaff(caller))) {
            throw notFound();
        }
        return caller;
    }

    static boolean isStaff(Caller caller) {
        return caller.isSystem() || caller.is(Role.OPERATOR_ANALYST) || caller.is(Role.OPERATOR_ADMIN);
    }

    private static Caller requireStaff() {
        Caller caller = Callers.require();
        if (!isStaff(caller)) {
            throw new AccessRefusedException("only operator analysts and administrators curate the directory");
        }
        return caller;
    }

    static Caller requireOperator() {
        Caller caller = requireStaff();
        if (!caller.canWrite()) {
            throw new AccessRefusedException("changing the directory needs the write scope");
        }
        return caller;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a merge or split needs a reason for the record");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "the reason is longer than " + MAX_REASON + " characters");
        }
        return reason.strip();
    }

    /** The search term as names are stored: Latin, lower case, no wildcards; null for none. */
    static String searchTerm(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        if (query.length() > 200) {
            throw new InvalidInputException("q", "the search is longer than 200 characters");
        }
        try {
            return NameNormalizer.getDefault().normalize(query).latin().replaceAll("[%_\\\\]", "");
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("q", "nothing to search for in '" + query + "'");
        }
    }

    static NotFoundException notFound() {
        return new NotFoundException("actor not found");
    }
}
