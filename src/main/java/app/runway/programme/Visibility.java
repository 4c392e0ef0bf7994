package app.runway.programme;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which submitted assessments a mentor's lists (queue, cohort) may show: those in no programme (the
 * open pool every mentor sees), those in the given programmes, or, for an admin, every programme's.
 *
 * @param openPool       assessments submitted to no programme
 * @param everyProgramme assessments of any programme (admins, unfiltered)
 * @param programmes     the programmes whose assessments are shown when not {@code everyProgramme}
 */
public record Visibility(boolean openPool, boolean everyProgramme, Set<Long> programmes) {

    /** An id no programme has: a query's {@code in} list is never empty (some databases refuse that). */
    private static final long NONE = -1;

    public Visibility {
        programmes = Set.copyOf(programmes);
    }

    public boolean sees(Long programmeId) {
        return programmeId == null ? openPool : everyProgramme || programmes.contains(programmeId);
    }

    /** The programmes for a query's {@code in} list; never empty. */
    public Set<Long> programmeIds() {
        Set<Long> ids = new LinkedHashSet<>(programmes);
        ids.add(NONE);
        return ids;
    }
}
