package app.runway.guide;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import app.runway.guide.load.LoadedGuide;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a loaded guide to the database, replacing the previous one in a single transaction: readers see
 * the old guide or the new one, never a mix. Writers take the guide lock first, so that of several
 * instances starting together (or admins reloading at once) one writes and the others find it written.
 */
@Component
class GuideStore {

    /** What storing a guide did. */
    enum Outcome {
        /** This guide is now the stored revision. */
        WRITTEN,
        /** It was the stored revision already, written by this instance earlier or by another one. */
        ALREADY_STORED
    }

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final Clock clock;

    GuideStore(EntityManager entityManager, JdbcClient jdbc, Clock clock) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the guide unless it is the revision in force; waits for another instance writing meanwhile. */
    @Transactional
    Outcome store(LoadedGuide guide) {
        jdbc.sql("select name from app_lock where name = 'guide' for update").query(String.class).single();
        if (latestRevision().filter(guide.contentHash()::equals).isPresent()
                && documentExists(guide.contentHash())) {
            return Outcome.ALREADY_STORED;
        }
        replace(guide);
        if (!documentExists(guide.contentHash())) {
            jdbc.sql("insert into guide_document (content_hash, document, created_at) values (?, ?, ?)")
                    .params(guide.contentHash(), GuideDocuments.write(guide), Timestamp.from(clock.instant())).update();
        }
        return Outcome.WRITTEN;
    }

    /** The content hash of the revision in force: the one stored last, by any instance. */
    @Transactional(readOnly = true)
    Optional<String> latestRevision() {
        return jdbc.sql("select content_hash from guide_revision order by id desc fetch first 1 rows only")
                .query(String.class).optional();
    }

    /** A stored revision, whole, as its instance loaded it. */
    @Transactional(readOnly = true)
    Optional<LoadedGuide> document(String contentHash) {
        return jdbc.sql("select document from guide_document where content_hash = ?").param(contentHash)
                .query(byte[].class).optional().map(GuideDocuments::read);
    }

    /** Whether this revision was ever stored (by any instance). */
    @Transactional(readOnly = true)
    boolean isStored(String contentHash) {
        return documentExists(contentHash);
    }

    private boolean documentExists(String contentHash) {
        return jdbc.sql("select count(*) from guide_document where content_hash = ?").param(contentHash)
                .query(Integer.class).single() > 0;
    }

    private void replace(LoadedGuide guide) {
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
        entityManager.persist(new GuideRevision(guide.contentHash(), clock.instant(), guide.chapters().size(),
                guide.entries().size()));
        entityManager.flush();
    }
}
