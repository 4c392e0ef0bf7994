package app.runway.guide;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import app.runway.guide.load.GuideLoader;
import app.runway.guide.load.LoadedGuide;
import app.runway.guide.load.SourceFile;
import app.runway.questionnaire.Questionnaire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps the guide in force: the one this instance serves, the one stored in the database and the one
 * every other instance serves. Loads at start-up, before the web server takes requests: an invalid guide
 * stops the start with every problem listed. A reload (here or on another instance) is stored once, under
 * the guide lock; every instance looks at the stored revision every few seconds
 * ({@code runway.guide.follow-interval}) and takes a new one from the database, so all serve the same.
 */
@Service
public class GuideService implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(GuideService.class);

    /**
     * What a reload did.
     *
     * @param changed whether this reload stored a new revision; false when the files were the revision in
     *                force already (stored earlier, or by another instance meanwhile)
     */
    public record ReloadResult(boolean changed, String contentHash, int chapters, int entries) {
    }

    /** The questionnaire in force and the content hash of the guide it came with. */
    public record Current(String contentHash, Questionnaire questionnaire) {
    }

    private final GuideSources sources;
    private final GuideStore store;
    private final GuideSnapshots snapshots;
    private final GuideInstances instances;
    private final Duration searchIndexDelay;
    private final GuideLoader loader = new GuideLoader();
    /** One reload at a time in this instance: a second admin is told instead of waiting. */
    private final ReentrantLock reloading = new ReentrantLock();

    /** The guide version and questionnaire in force; replaced whole on each reload. */
    private volatile Current current;

    GuideService(GuideSources sources, GuideStore store, GuideSnapshots snapshots, GuideInstances instances,
            @Value("${runway.guide.search-index-delay}") Duration searchIndexDelay) {
        this.sources = sources;
        this.store = store;
        this.snapshots = snapshots;
        this.instances = instances;
        this.searchIndexDelay = searchIndexDelay;
    }

    @Override
    public void afterPropertiesSet() {
        ReloadResult result = start();
        log.info("Guide {} ({} chapters, {} entries, content {})", result.changed() ? "loaded" : "unchanged",
                result.chapters(), result.entries(), result.contentHash().substring(0, 12));
    }

    /**
     * Reads and checks the guide's files; stores them when they are not the revision in force. One reload
     * at a time in this instance; across instances the guide lock makes the second wait and find it stored.
     *
     * @throws ReloadInProgressException when a reload is already running in this instance
     * @throws app.runway.guide.load.InvalidGuideException with every problem, when the guide is refused;
     *         the stored guide is then left as it was
     */
    public ReloadResult reload() {
        if (!reloading.tryLock()) {
            throw new ReloadInProgressException();
        }
        try {
            LoadedGuide guide = loader.load(sources.read());
            GuideStore.Outcome outcome = store.store(guide);
            publish(guide, Search.BEFORE_SWAP);
            return new ReloadResult(outcome == GuideStore.Outcome.WRITTEN, guide.contentHash(),
                    guide.chapters().size(), guide.entries().size());
        } finally {
            reloading.unlock();
        }
    }

    /**
     * The first load. Files this database has already stored are not parsed again: the instance builds its
     * pages from the stored document of the revision in force (a restart with unchanged files starts faster,
     * and an instance restarted with an old folder while another was reloaded serves the newer revision, as
     * every other instance does, instead of making the old one current again). New files are read, checked
     * and stored as a reload would.
     */
    private ReloadResult start() {
        reloading.lock();
        try {
            List<SourceFile> files = sources.read();
            String hash = GuideLoader.hash(files);
            Optional<String> latest = store.latestRevision();
            if (latest.isPresent() && (latest.get().equals(hash) || store.isStored(hash))) {
                // Files this database has seen: no need to parse them again. The same revision is taken from its
                // document; an older one gives way to the newer revision stored since.
                Optional<LoadedGuide> stored = store.document(latest.get());
                if (stored.isPresent()) {
                    if (!latest.get().equals(hash)) {
                        log.warn("The guide's files are revision {}, older than the stored revision {}: serving the"
                                + " stored one (reload from the admin page to make the files the revision in force)",
                                hash.substring(0, 12), latest.get().substring(0, 12));
                    }
                    publish(stored.get(), Search.ON_FIRST_USE);
                    return new ReloadResult(false, stored.get().contentHash(), stored.get().chapters().size(),
                            stored.get().entries().size());
                }
            }
            LoadedGuide guide = loader.load(files);
            GuideStore.Outcome outcome = store.store(guide);
            publish(guide, Search.ON_FIRST_USE);
            return new ReloadResult(outcome == GuideStore.Outcome.WRITTEN, guide.contentHash(),
                    guide.chapters().size(), guide.entries().size());
        } finally {
            reloading.unlock();
        }
    }

    /** Another reload is running in this instance; its result is what the second one would have been. */
    public static class ReloadInProgressException extends RuntimeException {

        ReloadInProgressException() {
            super("a reload of the guide is running");
        }
    }

    /**
     * Takes the revision another instance stored, if there is a newer one than the one served here, and
     * tells the admin page which revision this instance serves.
     */
    @Scheduled(initialDelayString = "${runway.guide.follow-interval}", fixedDelayString = "${runway.guide.follow-interval}")
    public void follow() {
        Current served = current;
        if (served == null) {
            return;
        }
        Optional<String> stored = store.latestRevision();
        // A reload running here will publish what it stored; look again next time.
        if (stored.isPresent() && !stored.get().equals(served.contentHash()) && reloading.tryLock()) {
            try {
                // Read again under the lock: a reload here may have stored a newer revision meanwhile.
                Optional<String> latest = store.latestRevision();
                if (latest.isPresent() && !latest.get().equals(current.contentHash())) {
                    store.document(latest.get()).ifPresent(guide -> {
                        publish(guide, Search.BEFORE_SWAP);
                        log.info("Guide revision {} stored by another instance is now served here",
                                guide.contentHash().substring(0, 12));
                    });
                }
            } finally {
                reloading.unlock();
            }
        }
        instances.seen(current.contentHash());
    }

    /** When a new snapshot's search index is built. */
    private enum Search {
        /** At start: by the first search, or in the background soon after the application is ready. */
        ON_FIRST_USE,
        /** On a reload: before readers see the new revision, so that no reader waits for it. */
        BEFORE_SWAP
    }

    /**
     * A start does not wait for the search index: it is built in the background a moment after Runway answers
     * ({@code runway.guide.search-index-delay}), so that on a small machine the first requests, health checks
     * included, do not share the processor with it. A search before then builds it itself.
     */
    @EventListener(ApplicationReadyEvent.class)
    void prepareSearchInTheBackground() {
        Executor later = CompletableFuture.delayedExecutor(searchIndexDelay.toMillis(), TimeUnit.MILLISECONDS);
        // The snapshot in force by then: a reload meanwhile has built its own index before it was swapped in.
        CompletableFuture.runAsync(() -> snapshots.current().prepareSearch(), later).exceptionally(failure -> {
            log.error("The guide's search index could not be built: searches will try again", failure);
            return null;
        });
    }

    private void publish(LoadedGuide guide, Search search) {
        // Everything pages need is built before anything is swapped: readers see the old guide or the new one.
        GuideSnapshot snapshot = GuideSnapshot.of(guide);
        if (search == Search.BEFORE_SWAP) {
            snapshot.prepareSearch();
        }
        current = new Current(guide.contentHash(), guide.questionnaire());
        snapshots.publish(snapshot);
        instances.seen(guide.contentHash());
    }

    /** The guide version and questionnaire in force in this instance (null before the first load). */
    public Current current() {
        return current;
    }

    /** The content hash of the guide in the database: the version an assessment is scored against. */
    public Optional<String> currentHash() {
        return store.latestRevision();
    }
}
