package app.runway.cohort;

import java.util.Collection;

import app.runway.questionnaire.Stage;

/**
 * The dashboard's optional filters, as given in the query string. Values the portal does not know
 * are dropped rather than refused: a stale bookmark then shows the whole cohort.
 *
 * @param stage    a stage id such as {@code pre-seed}, or null for every stage
 * @param industry a guide industry id, or null for every industry
 * @param programme a programme's id, {@code open} for the open pool, or null for everything the mentor sees
 */
record CohortFilter(String stage, String industry, String programme) {

    static final CohortFilter NONE = new CohortFilter(null, null, null);

    /** @param knownProgramme whether the reader may see the programme filter's value */
    CohortFilter known(Collection<String> industries, boolean knownProgramme) {
        String knownStage = stage == null ? null : Stage.fromId(stage).map(Stage::id).orElse(null);
        String knownIndustry = industry != null && industries.contains(industry) ? industry : null;
        return new CohortFilter(knownStage, knownIndustry, knownProgramme ? programme : null);
    }

    public boolean active() {
        return stage != null || industry != null || programme != null;
    }
}
