package app.runway.guide;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import app.runway.guide.load.EntryKind;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Entry texts always come with their entry, in one query, so that no page loads entries one by one. */
public interface EntryTextRepository extends Repository<EntryText, Long> {

    @Query("select t from EntryText t join fetch t.entry e where e.id = :id and t.lang = :lang")
    Optional<EntryText> findOne(String id, String lang);

    @Query("select t from EntryText t join fetch t.entry e where e.id in :ids and t.lang = :lang order by e.position")
    List<EntryText> findAll(Collection<String> ids, String lang);

    @Query("select t from EntryText t join fetch t.entry e where e.kind = :kind and t.lang = :lang order by e.position")
    List<EntryText> findByKind(EntryKind kind, String lang);

    @Query("select t from EntryText t join fetch t.entry e where e.chapterId = :chapterId and t.lang = :lang")
    List<EntryText> findByChapter(String chapterId, String lang);
}
