package app.runway.programme;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.runway.account.CurrentUser;
import app.runway.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other features ask of programmes: which submitted assessments the current mentor may see, and
 * which programmes a founder may submit to. Plain reads, one query each.
 */
@Service
public class Programmes {

    /** The filter value for assessments submitted to no programme. */
    public static final String OPEN_POOL = "open";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    Programmes(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** Everything the current mentor or admin may see; nothing for anyone else. */
    public Visibility visibleTo() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return new Visibility(true, true, Set.of());
        }
        if (currentUser.hasRole(Role.MENTOR)) {
            return new Visibility(true, false, Set.copyOf(mentoredByCurrentUser()));
        }
        return new Visibility(false, false, Set.of());
    }

    /**
     * Narrowed by a list's programme filter: blank for everything visible, {@link #OPEN_POOL}, or a
     * programme's id. A value the reader may not see (typed into the address) means everything visible.
     */
    public Visibility visibleTo(String filter) {
        Visibility all = visibleTo();
        if (filter == null || filter.isBlank()) {
            return all;
        }
        if (OPEN_POOL.equals(filter)) {
            return new Visibility(true, false, Set.of());
        }
        Long id = parseId(filter);
        return id != null && all.sees(id) ? new Visibility(false, false, Set.of(id)) : all;
    }

    /** Whether the filter value names something the reader may see (else lists ignore it). */
    public boolean isKnownFilter(String filter) {
        if (filter == null || filter.isBlank() || OPEN_POOL.equals(filter)) {
            return true;
        }
        Long id = parseId(filter);
        return id != null && visibleTo().sees(id);
    }

    /** The programmes the current mentor works in, or every programme for an admin: a list's choices. */
    public List<ProgrammeChoice> choices() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return jdbc.sql("select id, name, archived_at is not null from programme order by starts_on desc, id desc")
                    .query((rs, n) -> new ProgrammeChoice(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
        }
        return currentUser.email().map(email -> jdbc.sql("""
                        select p.id, p.name, p.archived_at is not null from programme p
                        join programme_member m on m.programme_id = p.id and m.role = 'MENTOR'
                        join app_user u on u.id = m.user_id
                        where u.email = ? order by p.starts_on desc, p.id desc""")
                .param(email)
                .query((rs, n) -> new ProgrammeChoice(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list())
                .orElse(List.of());
    }

    /** The programmes a founder belongs to and may still submit to (not archived). */
    public List<ProgrammeChoice> joinedBy(Long founderId) {
        return jdbc.sql("""
                        select p.id, p.name from programme p
                        join programme_member m on m.programme_id = p.id and m.role = 'FOUNDER'
                        where m.user_id = ? and p.archived_at is null order by p.starts_on desc, p.id desc""")
                .param(founderId).query((rs, n) -> new ProgrammeChoice(rs.getLong(1), rs.getString(2), false)).list();
    }

    /** A programme's name, for an assessment that was submitted to it. */
    public Optional<String> nameOf(Long programmeId) {
        return programmeId == null ? Optional.empty()
                : jdbc.sql("select name from programme where id = ?").param(programmeId).query(String.class).optional();
    }

    /** The e-mails and languages of a programme's mentors, for mail about it. */
    public List<Recipient> mentorsOf(Long programmeId) {
        return jdbc.sql("""
                        select u.email, u.display_name, u.language from app_user u
                        join programme_member m on m.user_id = u.id and m.role = 'MENTOR'
                        where m.programme_id = ? and u.enabled order by u.email""")
                .param(programmeId).query(Recipient.class).list();
    }

    /** Someone mail goes to. */
    public record Recipient(String email, String displayName, String language) {
    }

    private List<Long> mentoredByCurrentUser() {
        return currentUser.email().map(email -> jdbc.sql("""
                        select m.programme_id from programme_member m join app_user u on u.id = m.user_id
                        where u.email = ? and m.role = 'MENTOR'""")
                .param(email).query(Long.class).list()).orElse(List.of());
    }

    private static Long parseId(String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
