package app.runway.assessment.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.runway.assessment.QuestionnaireCatalog;
import app.runway.guide.EntryText;
import app.runway.guide.EntryTextRepository;
import app.runway.questionnaire.Stage;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** What the profile form offers: the guide's industries with their titles, and the stages. */
@Component
class ProfileChoices {

    /** An industry as the select shows it. */
    record Industry(String id, String title) {
    }

    private static final String FALLBACK_LANG = "en";
    private static final List<String> STAGES = Arrays.stream(Stage.values()).map(Stage::id).toList();

    private final QuestionnaireCatalog catalog;
    private final EntryTextRepository entryTexts;

    ProfileChoices(QuestionnaireCatalog catalog, EntryTextRepository entryTexts) {
        this.catalog = catalog;
        this.entryTexts = entryTexts;
    }

    /** The industries in guide order, titled in the language asked for, or in English where it has none. */
    List<Industry> industries(String lang) {
        List<String> ids = industryIds();
        Map<String, String> titles = new HashMap<>();
        if (!lang.equals(FALLBACK_LANG)) {
            titles.putAll(titles(ids, FALLBACK_LANG));
        }
        titles.putAll(titles(ids, lang));
        return ids.stream().map(id -> new Industry(id, titles.getOrDefault(id, id))).toList();
    }

    List<String> stages() {
        return STAGES;
    }

    /** Adds field errors for an industry or stage the form never offered (a tampered request). */
    void check(ProfileForm form, Errors errors) {
        if (form.getIndustry() != null && !form.getIndustry().isBlank()
                && !industryIds().contains(form.getIndustry())) {
            errors.rejectValue("industry", "assessment.error.industry.unknown");
        }
        if (form.getStage() != null && !form.getStage().isBlank() && !STAGES.contains(form.getStage())) {
            errors.rejectValue("stage", "assessment.error.stage.unknown");
        }
    }

    private List<String> industryIds() {
        return catalog.current().questionnaire().facts().industries();
    }

    private Map<String, String> titles(List<String> ids, String lang) {
        Map<String, String> titles = new HashMap<>();
        for (EntryText text : entryTexts.findAll(ids, lang)) {
            titles.put(text.getEntry().getId(), text.getTitle());
        }
        return titles;
    }
}
