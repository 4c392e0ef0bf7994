package app.runway.guide;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import app.runway.guide.load.GuideLoader;
import app.runway.guide.load.LoadedGuide;
import app.runway.guide.load.SourceFile;
import app.runway.questionnaire.Questionnaire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Keeps the database and the search index in step with the guide's files. Loads at start-up,
 * before the web server takes requests: an invalid guide stops the start with every problem listed.
 */
@Service
public class GuideService implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(GuideService.class);

    /** What a reload did. */
    public record ReloadResult(boolean changed, String contentHash, int chapters, int entries) {
    }

    private final GuideSources sources;
    private final GuideStore store;
    private final GuideRevisionRepository revisions;
    private final GuideSnapshots snapshots;
    private final GuideLoader loader = new GuideLoader();
    /** The guide read while the application started, taken by the first load; then null. */
    private GuidePreload.Preloaded preloaded;

    /** The guide version and questionnaire in force; replaced whole on each reload. */
    private volatile Current current;

    /** The questionnaire in force and the content hash of the guide it came with. */
    public record Current(String contentHash, Questionnaire questionnaire) {
    }

    GuideService(GuideSources sources, GuideStore store, GuideRevisionRepository revisions,
            GuideSnapshots snapshots, GuideProperties properties,
            ObjectProvider<GuidePreload.Preloaded> preloaded) {
        this.sources = sources;
        this.preloaded = preloaded.getIfAvailable();
        if (this.preloaded != null && !this.preloaded.location().equals(Objects.toString(properties.location(), ""))) {
            this.preloaded = null;
        }
        this.store = store;
        this.revisions = revisions;
        this.snapshots = snapshots;
    }

    @Override
    public void afterPropertiesSet() {
        ReloadResult result = reload();
        log.info("Guide {} ({} chapters, {} entries, content {})", result.changed() ? "loaded" : "unchanged",
                result.chapters(), result.entries(), result.contentHash().substring(0, 12));
    }

    /**
     * Reads and checks the guide; stores it only when its content changed.
     *
     * @throws app.runway.guide.load.InvalidGuideException with every problem, when the guide is refused;
     *         the stored guide is then left as it was
     */
    public synchronized ReloadResult reload() {
        LoadedGuide guide;
        if (preloaded != null) {
            GuidePreload.Preloaded first = preloaded;
            preloaded = null;
            guide = first.join();
        } else {
            List<SourceFile> files = sources.read();
            guide = loader.load(files);
        }
        boolean changed = !currentHash().map(guide.contentHash()::equals).orElse(false);
        if (changed) {
            store.replace(guide);
        }
        // Everything pages need is built before anything is swapped: readers see the old guide or the new one.
        GuideSnapshot snapshot = GuideSnapshot.of(guide);
        current = new Current(guide.contentHash(), guide.questionnaire());
        snapshots.publish(snapshot);
        return new ReloadResult(changed, guide.contentHash(), guide.chapters().size(), guide.entries().size());
    }

    /** The guide version in force and its questionnaire (null when the guide has none). */
    public Current current() {
        return current;
    }

    /** The content hash of the guide in the database: the version an assessment is scored against. */
    public Optional<String> currentHash() {
        return revisions.findFirstByOrderByIdDesc().map(GuideRevision::getContentHash);
    }
}
