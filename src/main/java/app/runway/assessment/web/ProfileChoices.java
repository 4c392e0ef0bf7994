package app.runway.assessment.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.runway.assessment.QuestionnaireCatalog;
import app.runway.guide.GuideSnapshots;
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
    private final GuideSnapshots guide;

    ProfileChoices(QuestionnaireCatalog catalog, GuideSnapshots guide) {
        this.catalog = catalog;
        this.guide = guide;
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
        guide.current().cards(ids, lang).forEach((id, card) -> titles.put(id, card.title()));
        return titles;
    }
}
