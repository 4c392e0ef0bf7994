package app.runway.guide;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Entry texts as stored: the record of what was loaded. Pages read the guide snapshot instead
 * ({@link GuideSnapshot}); this is for checking what the database holds.
 */
public interface EntryTextRepository extends Repository<EntryText, Long> {

    @Query("select t from EntryText t join fetch t.entry e where e.id = :id and t.lang = :lang")
    Optional<EntryText> findOne(String id, String lang);
}
