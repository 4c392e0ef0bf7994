package app.runway.guide;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The guide in {@code /actuator/health}: DOWN until a guide is loaded, then UP with the revision this
 * instance serves. Part of the readiness group, so a load balancer sends nothing to an instance without
 * a guide.
 */
@Component("guide")
class GuideHealth implements HealthIndicator {

    private final GuideSnapshots snapshots;
    private final GuideInstances instances;

    GuideHealth(GuideSnapshots snapshots, GuideInstances instances) {
        this.snapshots = snapshots;
        this.instances = instances;
    }

    @Override
    public Health health() {
        if (!snapshots.isLoaded()) {
            return Health.down().withDetail("revision", "none: the guide is not loaded yet").build();
        }
        return Health.up().withDetail("revision", snapshots.current().revision())
                .withDetail("instance", instances.id()).build();
    }
}
