package app.runway.protection;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One token bucket per (rule, client), kept in memory for an hour after its last use and bounded in
 * number, so that a flood of addresses cannot grow the heap without end. Buckets are per instance:
 * with several instances behind a balancer, a client gets up to that many times the limit.
 */
final class RateLimiter {

    /** What the limiter said: allowed, or refused with the wait; {@code firstRefusal} starts a burst. */
    record Decision(boolean allowed, Duration retryAfter, boolean firstRefusal) {
    }

    private record Slot(Bucket bucket, AtomicBoolean refusing) {
    }

    private final Cache<String, Slot> slots = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1))
            .maximumSize(200_000).build();

    Decision acquire(String rule, ProtectionProperties.Limit limit, String client) {
        Slot slot = slots.get(rule + '|' + client, key -> new Slot(bucket(limit), new AtomicBoolean()));
        ConsumptionProbe probe = slot.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            slot.refusing().set(false);
            return new Decision(true, Duration.ZERO, false);
        }
        boolean first = slot.refusing().compareAndSet(false, true);
        return new Decision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()), first);
    }

    private static Bucket bucket(ProtectionProperties.Limit limit) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(limit.requests())
                .refillGreedy(limit.requests(), limit.per()).build()).build();
    }
}
