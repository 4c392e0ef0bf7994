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
import app.runway.assessment.scoring.ReadinessResult.DimensionScore;
import app.runway.assessment.scoring.ReadinessResult.Flag;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.guide.GuideSnapshot;
import app.runway.guide.GuideSnapshots;
import app.runway.guide.GuideViews.EntryCard;
import app.runway.guide.model.EntryKind;
import app.runway.questionnaire.Questionnaire.Text;
import app.runway.questionnaire.Questionnaire;
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

    private final GuideSnapshots snapshots;
    private final UserAccountRepository accounts;
    private final Clock clock;

    ReviewPages(GuideSnapshots snapshots, UserAccountRepository accounts, Clock clock) {
        this.snapshots = snapshots;
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
        GuideSnapshot snapshot = snapshots.current();
        Map<String, EntryCard> guide = snapshot.cards(ids, lang);
        Map<String, StrategyChoice> strategies = new LinkedHashMap<>();
        snapshot.cardsOfKind(EntryKind.STRATEGY, lang).forEach(card -> strategies.put(card.id(),
                new StrategyChoice(card.id(), card.title(), card.url())));

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

        EntryCard industry = guide.get(assessment.getIndustry());
        return new ReviewPage(assessment.getToken(), assessment.getStartupName(),
                industry == null ? assessment.getIndustry() : industry.title(), assessment.profile().stage().id(),
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

    private static List<FlagRow> flags(List<Flag> flags, EntryKind kind, Map<String, EntryCard> guide) {
        return flags.stream().map(f -> {
            EntryCard card = guide.get(f.id());
            return new FlagRow(card == null ? f.id() : card.title(), card == null ? kind.url(f.id()) : card.url(),
                    f.severity());
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

    private LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
    }

    private LocalDateTime dateTime(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }
}
