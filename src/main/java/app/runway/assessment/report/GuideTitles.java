package app.runway.assessment.report;

import java.util.Collection;
import java.util.Map;

/**
 * The titles and summaries of guide entries in one language, for every id at once, so that a
 * report takes one query for its links however many it shows.
 */
@FunctionalInterface
interface GuideTitles {

    /** The entries found, by id; ids the guide does not know are left out. */
    Map<String, Entry> find(Collection<String> ids, String lang);

    record Entry(String id, String title, String summary, String url) {
    }
}
