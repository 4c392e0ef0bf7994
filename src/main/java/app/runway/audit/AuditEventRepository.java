package app.runway.audit;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    /** Newest first; null filters match everything. */
    @Query("""
            select e from AuditEvent e
            where (:actor is null or lower(e.actor) like lower(concat('%', :actor, '%')))
              and (:action is null or e.action = :action)
              and (:from is null or e.at >= :from)
            order by e.at desc, e.id desc""")
    Page<AuditEvent> search(String actor, String action, Instant from, Pageable page);
}
