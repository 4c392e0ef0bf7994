package app.runway.cohort;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.runway.guide.GuideSnapshots;
import app.runway.guide.GuideService;
import app.runway.programme.ProgrammeChoice;
import app.runway.programme.Programmes;
import app.runway.programme.Visibility;
import app.runway.questionnaire.Questionnaire;
import app.runway.system.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the cohort (assessments shared with mentors) and the words to show it with. */
@Service
class CohortService {

    private final CohortAssessments assessments;
    private final GuideService guide;
    private final GuideSnapshots snapshots;
    private final MessageSource messages;
    private final Programmes programmes;

    CohortService(CohortAssessments assessments, GuideService guide, GuideSnapshots snapshots,
            MessageSource messages, Programmes programmes) {
        this.programmes = programmes;
        this.assessments = assessments;
        this.guide = guide;
        this.snapshots = snapshots;
        this.messages = messages;
    }

    /** The filter with values the guide does not know dropped. */
    CohortFilter known(CohortFilter filter) {
        CohortFilter given = filter == null ? CohortFilter.NONE : filter;
        return given.known(industries(), programmes.isKnownFilter(given.programme()));
    }

    /** One query for the assessments; each stored result is read once. */
    @Transactional(readOnly = true)
    List<CohortMember> members(CohortFilter filter) {
        Visibility visible = programmes.visibleTo(filter.programme());
        return assessments.shared(CohortStats.SHARED_STATES, filter.stage(), filter.industry(), visible.openPool(),
                        visible.everyProgramme(), visible.programmeIds()).stream()
                .map(CohortMember::of).toList();
    }

    /** The programmes the reader may filter by. */
    List<ProgrammeChoice> programmes() {
        return programmes.choices();
    }

    /** The guide's industries, in guide order, for the filter. */
    List<String> industries() {
        Questionnaire questionnaire = questionnaire();
        return questionnaire == null ? List.of() : questionnaire.facts().industries();
    }

    List<String> dimensionIds() {
        Questionnaire questionnaire = questionnaire();
        return questionnaire == null ? Questionnaire.DIMENSION_IDS
                : questionnaire.dimensions().stream().map(Questionnaire.Dimension::id).toList();
    }

    /** The titles of the dimensions, bands, industries and every flag the members carry, in one query. */
    @Transactional(readOnly = true)
    CohortLabels labels(Collection<CohortMember> members, Locale locale) {
        String lang = Languages.code(locale);
        Set<String> ids = new LinkedHashSet<>(industries());
        members.forEach(m -> {
            ids.add(m.industry());
            ids.addAll(m.risks());
            ids.addAll(m.pitfalls());
        });
        Map<String, CohortLabels.Entry> entries = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            snapshots.current().cards(ids, lang)
                    .forEach((id, card) -> entries.put(id, new CohortLabels.Entry(card.title(), card.url())));
        }
        Map<String, String> dimensions = new LinkedHashMap<>();
        Map<String, String> bands = new LinkedHashMap<>();
        Questionnaire questionnaire = questionnaire();
        if (questionnaire != null) {
            questionnaire.dimensions().forEach(d -> dimensions.put(d.id(), title(d.texts(), lang, d.id())));
            questionnaire.bands().forEach(b -> bands.put(b.id(), title(b.texts(), lang, b.id())));
        }
        return new CohortLabels(dimensions, entries, bands, messages, locale);
    }

    private Questionnaire questionnaire() {
        GuideService.Current current = guide.current();
        return current == null ? null : current.questionnaire();
    }

    private static String title(Map<String, Questionnaire.Text> texts, String lang, String fallback) {
        Questionnaire.Text text = texts.get(lang);
        if (text == null) {
            text = texts.get("en");
        }
        return text == null || text.title() == null ? fallback : text.title();
    }
}
