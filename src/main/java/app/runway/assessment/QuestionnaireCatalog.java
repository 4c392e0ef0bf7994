package app.runway.assessment;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import app.runway.guide.GuideService;
import app.runway.questionnaire.Questionnaire;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaire in force, and every earlier one an assessment was scored against, by the
 * content hash of the guide it came with. Earlier versions are read from the database once.
 */
@Component
public class QuestionnaireCatalog {

    private final GuideService guide;
    private final QuestionnaireVersionRepository versions;
    private final Clock clock;
    private final Map<String, Questionnaire> cache = new ConcurrentHashMap<>();

    QuestionnaireCatalog(GuideService guide, QuestionnaireVersionRepository versions, Clock clock) {
        this.guide = guide;
        this.versions = versions;
        this.clock = clock;
    }

    /** The version in force. */
    public GuideService.Current current() {
        GuideService.Current current = guide.current();
        if (current == null || current.questionnaire() == null) {
            throw new IllegalStateException("the guide has no questionnaire");
        }
        return current;
    }

    /** The questionnaire of a guide version, if Runway has seen it. */
    public Optional<Questionnaire> version(String contentHash) {
        GuideService.Current current = current();
        if (current.contentHash().equals(contentHash)) {
            return Optional.of(current.questionnaire());
        }
        Questionnaire cached = cache.get(contentHash);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Questionnaire> stored = versions.findById(contentHash)
                .map(v -> Json.read(v.getDefinition(), Questionnaire.class));
        stored.ifPresent(q -> cache.put(contentHash, q));
        return stored;
    }

    /** Keeps the version in force, so that reports scored against it can be shown after the guide changes. */
    @Transactional
    void remember(GuideService.Current version) {
        if (!versions.existsById(version.contentHash())) {
            versions.save(new QuestionnaireVersion(version.contentHash(), Json.write(version.questionnaire()),
                    clock.instant()));
        }
    }
}
