package app.runway.founder;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import app.runway.guide.EntryText;
import app.runway.guide.EntryTextRepository;
import app.runway.guide.load.EntryKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Titles and pages of guide entries, every id of a page in one query. */
@Component
class GuideLinks {

    /** A guide entry as a link. */
    record Link(String id, String title, String url) {
    }

    private final EntryTextRepository texts;

    GuideLinks(EntryTextRepository texts) {
        this.texts = texts;
    }

    /** Found entries by id; for an id the guide no longer knows, the id itself and the usual address. */
    @Transactional(readOnly = true)
    Lookup find(Collection<String> ids, String lang) {
        Map<String, Link> found = new HashMap<>();
        if (!ids.isEmpty()) {
            for (EntryText text : texts.findAll(ids, lang)) {
                String id = text.getEntry().getId();
                found.put(id, new Link(id, text.getTitle(), text.getEntry().getUrl()));
            }
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
