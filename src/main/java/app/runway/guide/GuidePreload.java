package app.runway.guide;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import app.runway.guide.load.GuideLoader;
import app.runway.guide.load.LoadedGuide;
import app.runway.guide.load.SourceFile;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts reading and checking the guide on a thread of its own as soon as the application context is
 * prepared, so that parsing and rendering the guide (the longest single step of a start) runs on the
 * second core while Spring builds everything else. {@link GuideService} takes the result at its first
 * load; a refused guide still stops the start, with the same problems. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class GuidePreload implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "runwayGuidePreload";

    /** The guide being loaded from this location; handed over once, then forgotten (it may be large). */
    static final class Preloaded {

        private final String location;
        private final AtomicReference<CompletableFuture<LoadedGuide>> guide;

        Preloaded(String location, CompletableFuture<LoadedGuide> guide) {
            this.location = location;
            this.guide = new AtomicReference<>(guide);
        }

        String location() {
            return location;
        }

        /** The loaded guide, or the exception that refused it, as the loader threw it; null once taken. */
        LoadedGuide join() {
            CompletableFuture<LoadedGuide> taken = guide.getAndSet(null);
            if (taken == null) {
                return null;
            }
            try {
                return taken.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String location = context.getEnvironment().getProperty("runway.guide.location", "");
        CompletableFuture<LoadedGuide> guide = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                List<SourceFile> files = GuideSources.read(new GuideProperties(location));
                guide.complete(new GuideLoader().load(files));
            } catch (RuntimeException | Error e) {
                guide.completeExceptionally(e);
            }
        }, "guide-preload");
        loader.setDaemon(true);
        loader.start();
        context.getBeanFactory().registerSingleton(BEAN, new Preloaded(location, guide));
    }
}
