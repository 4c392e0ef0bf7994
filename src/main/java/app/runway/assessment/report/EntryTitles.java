package app.runway.assessment.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import app.runway.guide.EntryText;
import app.runway.guide.EntryTextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Guide titles from the database, all ids in one query. */
@Component
class EntryTitles implements GuideTitles {

    private final EntryTextRepository texts;

    EntryTitles(EntryTextRepository texts) {
        this.texts = texts;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Entry> find(Collection<String> ids, String lang) {
        Map<String, Entry> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (EntryText text : texts.findAll(ids, lang)) {
            String id = text.getEntry().getId();
            found.put(id, new Entry(id, text.getTitle(), text.getSummary(), text.getEntry().getUrl()));
        }
        return found;
    }
}
