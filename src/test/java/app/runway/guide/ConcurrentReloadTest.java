package app.runway.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Two admins reloading at once on one instance: the first reload runs, the second is told at once that
 * one is running (the admin page says so) instead of reading and storing the same files again.
 */
class ConcurrentReloadTest {

    @Test
    void aSecondReloadWhileOneIsRunningIsToldSo() throws Exception {
        CountDownLatch storing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GuideStore store = mock(GuideStore.class);
        when(store.store(any())).thenAnswer(call -> {
            storing.countDown();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            return GuideStore.Outcome.WRITTEN;
        });
        GuideService service = new GuideService(new GuideSources(new GuideProperties("")), store,
                new GuideSnapshots(event -> { }), mock(GuideInstances.class), Duration.ZERO);
        ExecutorService admins = Executors.newSingleThreadExecutor();
        try {
            Future<GuideService.ReloadResult> first = admins.submit(service::reload);
            assertThat(storing.await(60, TimeUnit.SECONDS)).as("the first reload is storing").isTrue();

            assertThatThrownBy(service::reload).isInstanceOf(GuideService.ReloadInProgressException.class);

            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).changed()).isTrue();
        } finally {
            admins.shutdownNow();
        }
    }
}
