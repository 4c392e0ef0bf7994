package app.runway.audit;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    /** Newest first; null or blank filters match everything. */
    default Page<AuditEvent> search(String actor, String action, Instant from, Pageable page) {
        // PostgreSQL cannot type a null parameter inside lower() or a comparison, so no null reaches SQL.
        return searchWith(actor == null ? "" : actor.strip(), action == null ? "" : action,
                from == null ? Instant.EPOCH : from, page);
    }

    @Query("""
            select e from AuditEvent e
            where lower(e.actor) like lower(concat('%', :actor, '%'))
              and (:action = '' or e.action = :action)
              and e.at >= :from
            order by e.at desc, e.id desc""")
    Page<AuditEvent> searchWith(String actor, String action, Instant from, Pageable page);
}
