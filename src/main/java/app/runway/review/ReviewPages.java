package app.runway.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import app.runway.account.UserAccount;
import app.runway.account.UserAccountRepository;
import app.runway.assessment.Assessment;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.assessment.scoring.ReadinessResult.DimensionScore;
import app.runway.assessment.scoring.ReadinessResult.Flag;
import app.runway.guide.EntryText;
import app.runway.guide.EntryTextRepository;
import app.runway.guide.load.EntryKind;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Text;
import app.runway.review.ReviewPage.DimensionRow;
import app.runway.review.ReviewPage.FlagRow;
import app.runway.review.ReviewPage.Saved;
import app.runway.review.ReviewPage.SavedNote;
import app.runway.review.ReviewPage.StrategyChoice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the review page from an opened review: the questionnaire's words, guide titles for the
 * industry and flags in one query, every strategy in another, and the name of the last mentor.
 */
@Component
class ReviewPages {

    private final EntryTextRepository entries;
    private final UserAccountRepository accounts;
    private final Clock clock;

    ReviewPages(EntryTextRepository entries, UserAccountRepository accounts, Clock clock) {
        this.entries = entries;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ReviewPage page(ReviewService.Opened opened, String lang) {
        Assessment assessment = opened.assessment();
        Questionnaire questionnaire = opened.questionnaire();
        ReadinessResult result = assessment.result();

        Set<String> ids = new LinkedHashSet<>();
        ids.add(assessment.getIndustry());
        Stream.concat(result.flaggedRisks().stream(), result.flaggedPitfalls().stream()).forEach(f -> ids.add(f.id()));
        Map<String, EntryText> guide = byId(entries.findAll(ids, lang));
        Map<String, StrategyChoice> strategies = new LinkedHashMap<>();
        entries.findByKind(EntryKind.STRATEGY, lang).forEach(t -> strategies.put(t.getEntry().getId(),
                new StrategyChoice(t.getEntry().getId(), t.getTitle(), t.getEntry().getUrl())));

        List<DimensionRow> dimensions = questionnaire.dimensions().stream()
                .map(d -> {
                    DimensionScore score = result.dimensions().get(d.id());
                    return new DimensionRow(d.id(), text(d.texts(), lang).title(), score == null ? null : score.score());
                })
                .toList();
        List<StrategyChoice> recommended = result.strategies().stream()
                .map(s -> strategies.getOrDefault(s.id(), new StrategyChoice(s.id(), s.id(), EntryKind.STRATEGY.url(s.id()))))
                .toList();
        Set<String> recommendedIds = new LinkedHashSet<>(recommended.stream().map(StrategyChoice::id).toList());
        List<StrategyChoice> others = strategies.values().stream().filter(s -> !recommendedIds.contains(s.id()))
                .toList();

        EntryText industry = guide.get(assessment.getIndustry());
        return new ReviewPage(assessment.getToken(), assessment.getStartupName(),
                industry == null ? assessment.getIndustry() : industry.getTitle(), assessment.profile().stage().id(),
                assessment.profile().teamSize(), assessment.getReviewState(), date(assessment.getSubmittedAt()),
                assessment.getSubmissionNote(), result.index(), band(questionnaire, result.band(), lang), dimensions,
                flags(result.flaggedRisks(), EntryKind.RISK, guide), flags(result.flaggedPitfalls(), EntryKind.PITFALL, guide),
                recommended, others, saved(opened.review(), dimensions, strategies));
    }

    private Saved saved(Review review, List<DimensionRow> dimensions, Map<String, StrategyChoice> strategies) {
        if (review == null) {
            return null;
        }
        Map<String, String> titles = new LinkedHashMap<>();
        dimensions.forEach(d -> titles.put(d.id(), d.title()));
        List<SavedNote> notes = review.dimensions().stream()
                .map(n -> new SavedNote(n.dimension(), titles.getOrDefault(n.dimension(), n.dimension()), n.score(),
                        n.commentHtml()))
                .toList();
        String mentor = accounts.findById(review.getUpdatedBy()).map(UserAccount::getDisplayName).orElse(null);
        return new Saved(review.getStatus(), review.getVersion(), mentor, dateTime(review.getUpdatedAt()),
                dateTime(review.getPublishedAt()), review.getVerdict(), review.overall().html(), notes,
                choices(review.added(), strategies), choices(review.removed(), strategies));
    }

    private static List<StrategyChoice> choices(List<String> ids, Map<String, StrategyChoice> strategies) {
        return ids.stream().map(id -> strategies.getOrDefault(id, new StrategyChoice(id, id, EntryKind.STRATEGY.url(id))))
                .toList();
    }

    private static List<FlagRow> flags(List<Flag> flags, EntryKind kind, Map<String, EntryText> guide) {
        return flags.stream().map(f -> {
            EntryText text = guide.get(f.id());
            return new FlagRow(text == null ? f.id() : text.getTitle(),
                    text == null ? kind.url(f.id()) : text.getEntry().getUrl(), f.severity());
        }).toList();
    }

    private static String band(Questionnaire questionnaire, String bandId, String lang) {
        if (bandId == null) {
            return null;
        }
        return questionnaire.bands().stream().filter(b -> b.id().equals(bandId)).findFirst()
                .map(b -> text(b.texts(), lang).title()).orElse(bandId);
    }

    /** The text in the reader's language, English where it is missing. */
    static Text text(Map<String, Text> texts, String lang) {
        Text text = texts.get(lang);
        return text != null ? text : texts.getOrDefault("en", new Text("", null));
    }

    private static Map<String, EntryText> byId(List<EntryText> texts) {
        Map<String, EntryText> byId = new LinkedHashMap<>();
        texts.forEach(t -> byId.put(t.getEntry().getId(), t));
        return byId;
    }

    private LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
    }

    private LocalDateTime dateTime(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }
}
