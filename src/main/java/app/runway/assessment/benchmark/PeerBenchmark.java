package app.runway.assessment.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

import app.runway.assessment.SharedScoresChanged;
import app.runway.questionnaire.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The peers' statistics, kept in memory. The shared scores (the latest completed assessment of each founder
 * among those they chose to share: one voice per founder, however many re-takes) are read in one query into a
 * small set per stage; a report's benchmark is computed from that set, never from the database. The set is
 * read again after a change on this instance is committed (at the next use) and every
 * {@code runway.benchmark.refresh-interval} for changes made on other instances.
 *
 * <p>The {@link #revision()} changes exactly when the shared scores do, and is the same on every instance that
 * holds the same scores: kept reports carry it in their key, so none shows an older benchmark than the one in
 * force.
 */
@Component
public class PeerBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PeerBenchmark.class);

    private final JdbcClient jdbc;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Snapshot snapshot;
    private volatile boolean stale = true;

    public PeerBenchmark(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Where the peers of an assessment stand: the shared scores at its stage, without those of its own founder
     * (none of a founder's assessments is their own peer). {@code ownerId} is null for an assessment nobody owns.
     */
    public Benchmark forAssessment(Long ownerId, Stage stage) {
        Snapshot current = current();
        Peer own = ownerId == null ? null : current.byOwner().get(ownerId);
        if (own == null || own.stage() != stage) {
            return current.byStage().get(stage);
        }
        return Benchmark.of(stage, current.peers(stage).stream().filter(p -> p.ownerId() != ownerId)
                .map(Peer::scores).toList());
    }


    /** A short fingerprint of the shared scores in force. */
    public String revision() {
        return current().revision();
    }

    /** A change on this instance was committed: read the shared scores again before they are used next. */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(SharedScoresChanged event) {
        stale = true;
    }

    /** Changes made on other instances. */
    @Scheduled(initialDelayString = "${runway.benchmark.refresh-interval}",
            fixedDelayString = "${runway.benchmark.refresh-interval}")
    void refreshPeriodically() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not read the shared scores; the peer benchmark keeps the ones it has: {}", e.toString());
        }
    }

    /** After the scores of older assessments were filled in (AssessmentScoresBackfill). */
    @Order(1)
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        refreshPeriodically();
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current != null && !stale) {
            return current;
        }
        // One reader refreshes; the others go on with the set they have, if there is one.
        if (current != null && !refreshing.tryLock()) {
            return current;
        }
        if (current == null) {
            refreshing.lock();
        }
        try {
            if (snapshot == null || stale) {
                refresh();
            }
            return snapshot;
        } catch (RuntimeException e) {
            if (current == null) {
                throw e;
            }
            // A report with the last benchmark read is better than no report; the next use tries again.
            log.warn("Could not read the shared scores; the peer benchmark keeps the ones it has: {}", e.toString());
            return current;
        } finally {
            refreshing.unlock();
        }
    }

    /** Reads the shared scores: the latest completed assessment each founder shares, with its scores. */
    void refresh() {
        refreshing.lock();
        try {
            stale = false;
            Map<Long, Peer> byOwner = new TreeMap<>();
            jdbc.sql("""
                            select p.owner_id, p.stage, s.dimension, s.score
                            from (select a.id, a.owner_id, a.stage,
                                         row_number() over (partition by a.owner_id
                                                            order by a.completed_at desc, a.id desc) as latest
                                  from assessment a
                                  where a.benchmark_consent = true and a.status = 'COMPLETED'
                                    and a.owner_id is not null) p
                            join assessment_score s on s.assessment_id = p.id
                            where p.latest = 1
                            order by p.owner_id, s.dimension""")
                    .query(rs -> {
                        Stage stage = Stage.fromId(rs.getString(2)).orElse(null);
                        if (stage != null) {
                            byOwner.computeIfAbsent(rs.getLong(1), o -> new Peer(o, stage, new TreeMap<>()))
                                    .scores().put(rs.getString(3), rs.getInt(4));
                        }
                    });
            snapshot = Snapshot.of(byOwner);
        } catch (RuntimeException e) {
            stale = true;
            throw e;
        } finally {
            refreshing.unlock();
        }
    }

    /** One founder's shared scores. */
    record Peer(long ownerId, Stage stage, Map<String, Integer> scores) {
    }

    /** The shared scores by founder, the benchmark of every stage with nobody left out, and their fingerprint. */
    record Snapshot(Map<Long, Peer> byOwner, Map<Stage, Benchmark> byStage, String revision) {

        static Snapshot of(Map<Long, Peer> byOwner) {
            Map<Stage, Benchmark> byStage = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                byStage.put(stage, Benchmark.of(stage, byOwner.values().stream().filter(p -> p.stage() == stage)
                        .map(Peer::scores).toList()));
            }
            return new Snapshot(Map.copyOf(byOwner), byStage, fingerprint(byOwner));
        }

        List<Peer> peers(Stage stage) {
            List<Peer> peers = new ArrayList<>();
            byOwner.values().forEach(p -> {
                if (p.stage() == stage) {
                    peers.add(p);
                }
            });
            return peers;
        }

        /** The same scores give the same text on every instance: owners in order, each one's scores in order. */
        private static String fingerprint(Map<Long, Peer> byOwner) {
            StringBuilder text = new StringBuilder();
            byOwner.values().forEach(p -> text.append(p.ownerId()).append(':').append(p.stage().id())
                    .append(p.scores()).append(';'));
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(hash, 0, 6);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
