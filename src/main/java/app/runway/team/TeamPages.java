package app.runway.team;

import java.time.ZoneId;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.guide.GuideSnapshots;
import app.runway.guide.GuideViews.EntryCard;
import app.runway.guide.model.EntryKind;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.QuestionnaireTexts;
import app.runway.team.TeamView.ComparisonView;
import app.runway.team.TeamView.DimensionRow;
import app.runway.team.TeamView.GuideLink;
import app.runway.team.TeamView.MemberRow;
import app.runway.team.TeamView.PendingRow;
import app.runway.team.TeamView.TalkItem;
import app.runway.team.scoring.DimensionSpread;
import app.runway.team.scoring.QuestionSpread;
import app.runway.team.scoring.TeamComparison;
import app.runway.team.scoring.TeamScorer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the team page in the reader's language, titles and links from the guide in force. */
@Component
class TeamPages {

    /** The guide's risk of a team that does not pull together: where every disagreement points. */
    static final String MISALIGNMENT = "poor-collaboration";
    /** At most this many of a question's own risks and pitfalls are linked beside it. */
    private static final int LINKS_PER_QUESTION = 2;

    private final Team team;
    private final AssessmentService assessments;
    private final GuideSnapshots guide;
    private final ZoneId zone;

    TeamPages(Team team, AssessmentService assessments, GuideSnapshots guide, Clock clock) {
        this.team = team;
        this.assessments = assessments;
        this.guide = guide;
        this.zone = clock.getZone();
    }

    /**
     * @param viewerId     the reader's account
     * @param viewerAnswered whether the reader's own answers count (the owner completed, the co-founder submitted)
     */
    @Transactional(readOnly = true)
    TeamView view(Assessment assessment, Long viewerId, boolean viewerAnswered, String lang) {
        boolean owner = viewerId.equals(assessment.getOwnerId());
        List<Member> all = team.members(assessment.getId());
        List<MemberRow> rows = new ArrayList<>();
        List<Long> people = new ArrayList<>(all.stream().map(Member::getUserId).toList());
        people.add(assessment.getOwnerId());
        Map<Long, String> names = team.namesOf(people);
        rows.add(new MemberRow(names.get(assessment.getOwnerId()), true, assessment.isCompleted(), owner));
        all.forEach(m -> rows.add(new MemberRow(names.get(m.getUserId()), false, m.isSubmitted(),
                m.getUserId().equals(viewerId))));
        List<PendingRow> pending = owner ? team.pending(assessment.getId()).stream()
                .map(i -> new PendingRow(i.getEmail(), LocalDate.ofInstant(i.getExpiresAt(), zone))).toList()
                : List.of();
        List<Member> submitted = all.stream().filter(Member::isSubmitted).toList();
        ComparisonView comparison = viewerAnswered && !submitted.isEmpty()
                ? comparison(assessment, submitted, lang) : null;
        return new TeamView(assessment.getStartupName(), owner, owner ? assessment.getToken() : null, rows, pending,
                rows.stream().anyMatch(r -> !r.answered()), comparison, misalignment(lang));
    }

    private ComparisonView comparison(Assessment assessment, List<Member> submitted, String lang) {
        Questionnaire questionnaire = assessments.questionnaireOf(assessment);
        List<Map<String, String>> answers = new ArrayList<>();
        if (assessment.isCompleted()) {
            answers.add(assessment.getAnswers());
        }
        submitted.forEach(m -> answers.add(m.getAnswers()));
        TeamComparison compared = TeamScorer.compare(questionnaire, assessment.profile(), answers);
        QuestionnaireTexts texts = new QuestionnaireTexts(questionnaire, lang);

        List<DimensionRow> dimensions = compared.dimensions().stream().map(d -> dimension(d, texts)).toList();
        Set<String> linked = new LinkedHashSet<>();
        compared.toTalkAbout().forEach(s -> questionnaire.question(s.questionId()).ifPresent(q -> linked
                .addAll(ownLinks(q))));
        Map<String, EntryCard> cards = guide.current().cards(linked, lang);
        List<TalkItem> talk = compared.toTalkAbout().stream()
                .map(s -> talk(s, questionnaire.question(s.questionId()).orElseThrow(), texts, cards)).toList();
        return new ComparisonView(compared.result().index(), texts.band(compared.result().band()), answers.size(),
                dimensions, talk);
    }

    private static DimensionRow dimension(DimensionSpread spread, QuestionnaireTexts texts) {
        List<Integer> scores = spread.memberScores();
        return new DimensionRow(texts.dimension(spread.dimensionId()), spread.teamScore(),
                scores.isEmpty() ? null : scores.get(0), scores.isEmpty() ? null : scores.get(scores.size() - 1),
                spread.spread(), spread.agreed(), spread.disagreed());
    }

    private static TalkItem talk(QuestionSpread spread, Question question, QuestionnaireTexts texts,
            Map<String, EntryCard> cards) {
        List<GuideLink> links = ownLinks(question).stream().map(cards::get).filter(c -> c != null)
                .map(c -> new GuideLink(c.title(), c.url())).toList();
        List<Integer> scores = spread.scores();
        return new TalkItem(texts.question(question), texts.dimension(question.dimension()),
                texts.option(question, spread.lowest()), texts.option(question, spread.highest()), scores.get(0),
                scores.get(scores.size() - 1), spread.maxScore(), spread.unknown(), links);
    }

    /** The risks and pitfalls a weak answer to the question flags: its own pages in the guide. */
    private static List<String> ownLinks(Question question) {
        List<String> ids = new ArrayList<>(question.weakRisks());
        ids.addAll(question.weakPitfalls());
        return ids.stream().limit(LINKS_PER_QUESTION).toList();
    }

    private GuideLink misalignment(String lang) {
        return guide.current().card(MISALIGNMENT, lang).map(c -> new GuideLink(c.title(), c.url()))
                .orElse(new GuideLink(MISALIGNMENT, EntryKind.RISK.url(MISALIGNMENT)));
    }
}
