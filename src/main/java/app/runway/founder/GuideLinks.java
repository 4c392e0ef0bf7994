package app.runway.founder;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import app.runway.guide.GuideSnapshots;
import app.runway.guide.model.EntryKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Titles and pages of guide entries, from the guide in force, without a query. */
@Component
class GuideLinks {

    /** A guide entry as a link. */
    record Link(String id, String title, String url) {
    }

    private final GuideSnapshots guide;

    GuideLinks(GuideSnapshots guide) {
        this.guide = guide;
    }

    /** Found entries by id; for an id the guide no longer knows, the id itself and the usual address. */
    @Transactional(readOnly = true)
    Lookup find(Collection<String> ids, String lang) {
        Map<String, Link> found = new HashMap<>();
        if (!ids.isEmpty()) {
            guide.current().cards(ids, lang).forEach((id, card) -> found.put(id, new Link(id, card.title(), card.url())));
        }
        return new Lookup(found);
    }

    /** The result of one lookup. */
    record Lookup(Map<String, Link> found) {

        Link get(String id, EntryKind kind) {
            Link link = found.get(id);
            return link != null ? link : new Link(id, id, kind.url(id));
        }
    }
}
