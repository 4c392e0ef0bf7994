package app.runway.assessment.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import app.runway.guide.GuideSnapshots;
import org.springframework.stereotype.Component;

/** Guide titles from the guide snapshot in force: no query, however many entries a report names. */
@Component
class EntryTitles implements GuideTitles {

    private final GuideSnapshots guide;

    EntryTitles(GuideSnapshots guide) {
        this.guide = guide;
    }

    @Override
    public Map<String, Entry> find(Collection<String> ids, String lang) {
        Map<String, Entry> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            guide.current().cards(ids, lang)
                    .forEach((id, card) -> found.put(id, new Entry(id, card.title(), card.summary(), card.url())));
        }
        return found;
    }
}
