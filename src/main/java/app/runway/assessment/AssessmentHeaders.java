package app.runway.assessment;

import app.runway.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads assessments' headers: one indexed read of a few columns, outside any transaction, without the
 * answers and the result. What a kept report needs on every request.
 */
@Component
public class AssessmentHeaders {

    private final JdbcClient jdbc;
    private final AssessmentAccess access;

    AssessmentHeaders(JdbcClient jdbc, AssessmentAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The header of the assessment behind a private link, if the current visitor may see it; 404 otherwise. */
    public AssessmentHeader find(String token) {
        return jdbc.sql("""
                        select a.token, a.version, a.owner_id, u.email as owner_email, a.review_state, a.status,
                               a.programme_id
                        from assessment a left join app_user u on u.id = a.owner_id where a.token = ?""")
                .param(token).query(AssessmentHeader.class).optional().filter(access::canView)
                .orElseThrow(() -> new NotFoundException("assessment"));
    }
}
