package app.runway.guide;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface LinkRepository extends Repository<Link, Long> {

    /** Every link that starts or ends at the entry. */
    @Query("select l from Link l where l.sourceId = :id or l.targetId = :id")
    List<Link> findTouching(String id);

    @Query("select l from Link l where l.sourceId in :ids or l.targetId in :ids")
    List<Link> findTouchingAny(Collection<String> ids);

    @Query("select l from Link l where l.targetId in :ids")
    List<Link> findEndingAt(Collection<String> ids);
}
