package app.runway.guide;

import java.time.Clock;

import app.runway.guide.load.LoadedGuide;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a loaded guide to the database, replacing the previous one in a single transaction:
 * readers see the old guide or the new one, never a mix.
 */
@Component
class GuideStore {

    private final EntityManager entityManager;
    private final Clock clock;

    GuideStore(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    GuideRevision replace(LoadedGuide guide) {
        for (String table : new String[] {"Link", "EntryText", "Section", "Entry", "ChapterText", "Chapter"}) {
            entityManager.createQuery("delete from " + table).executeUpdate();
        }
        for (LoadedGuide.Chapter loaded : guide.chapters()) {
            Chapter chapter = new Chapter(loaded.id(), loaded.position(), loaded.plain());
            entityManager.persist(chapter);
            loaded.texts().forEach((lang, text) -> {
                entityManager.persist(new ChapterText(chapter, lang, text.title(), text.summary(), text.sourcePath()));
                text.sections().forEach(s -> entityManager.persist(new Section(loaded.id(), lang, s.position(),
                        s.anchor(), s.heading(), s.html(), s.entryId())));
            });
        }
        for (LoadedGuide.Entry loaded : guide.entries()) {
            Entry entry = new Entry(loaded.id(), loaded.kind(), loaded.chapterId(), loaded.position(),
                    loaded.category(), loaded.severity(), loaded.country(), loaded.founded());
            entityManager.persist(entry);
            loaded.texts().forEach((lang, text) -> entityManager.persist(new EntryText(entry, lang, text.title(),
                    text.summary(), text.bodyMarkdown(), text.bodyHtml(), text.successFactors(), text.lessons())));
        }
        guide.links().forEach(l -> entityManager.persist(new Link(l.sourceId(), l.targetId(), l.relation())));
        GuideRevision revision = new GuideRevision(guide.contentHash(), clock.instant(), guide.chapters().size(),
                guide.entries().size());
        entityManager.persist(revision);
        return revision;
    }
}
