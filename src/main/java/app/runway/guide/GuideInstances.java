package app.runway.guide;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The running instances and the guide revision each serves, as they report it every few seconds: what the
 * admin page shows, so that an admin can see a reload reach every instance.
 */
@Component
public class GuideInstances {

    /** How long an instance that stopped reporting is still listed. */
    static final Duration LISTED_FOR = Duration.ofMinutes(1);

    /** One instance as last seen. */
    public record Instance(String id, Instant startedAt, Instant seenAt, String revision, boolean self) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String id = name();
    private final Instant startedAt;

    GuideInstances(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /** This instance's name: host, process id and a random suffix. */
    public String id() {
        return id;
    }

    @Transactional
    void seen(String revision) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update runway_instance set seen_at = ?, revision = ? where id = ?")
                .params(now, revision, id).update();
        if (updated == 0) {
            jdbc.sql("insert into runway_instance (id, started_at, seen_at, revision) values (?, ?, ?, ?)")
                    .params(id, Timestamp.from(startedAt), now, revision).update();
        }
        jdbc.sql("delete from runway_instance where seen_at < ?")
                .param(Timestamp.from(clock.instant().minus(Duration.ofDays(1)))).update();
    }

    /** The instances seen in the last minute, this one first. */
    @Transactional(readOnly = true)
    public List<Instance> recent() {
        return jdbc.sql("select id, started_at, seen_at, revision from runway_instance where seen_at >= ? order by id")
                .param(Timestamp.from(clock.instant().minus(LISTED_FOR)))
                .query((rs, row) -> new Instance(rs.getString("id"), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("seen_at").toInstant(), rs.getString("revision"), id.equals(rs.getString("id"))))
                .list().stream().sorted((a, b) -> Boolean.compare(b.self(), a.self())).toList();
    }

    private static String name() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        // Host and process, and a few random digits: two applications may run in one process (tests).
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    }
}
