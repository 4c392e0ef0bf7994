package app.runway.assessment.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Option;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Completed assessments of founders of different shapes, for report tests. Imported into a test's
 * context; the static methods build answers without Spring.
 */
class Founders {

    /** A seed-stage healthcare startup: asked the medical questions too. */
    static final Profile LAB = new Profile("Deep Lab", "healthcare", Stage.SEED, 6);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AssessmentService assessments;
    private final QuestionnaireCatalog catalog;
    private final JdbcTemplate jdbc;

    Founders(AssessmentService assessments, QuestionnaireCatalog catalog, JdbcTemplate jdbc) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /** Strong technology, nothing on market or business model: technology-dependence. */
    Assessment researchLab(String name) {
        return submit(name, researchLab(questionnaire(), LAB));
    }

    /** The best answer everywhere. */
    Assessment strong(String name) {
        return submit(name, best(questionnaire(), LAB));
    }

    /** The research lab, answering "I don't know" to the given questions. */
    Assessment withUnknowns(String name, String... questionIds) {
        Map<String, String> answers = researchLab(questionnaire(), LAB);
        for (String id : questionIds) {
            answers.put(id, Questionnaire.UNKNOWN);
        }
        return submit(name, answers);
    }

    /**
     * A strong founder whose stored result was scored against an older questionnaire, kept as a
     * version, in which every market answer scored zero: the guide has changed since.
     */
    Assessment scoredAgainstAnOlderVersion(String name) {
        Assessment assessment = strong(name);
        Questionnaire current = questionnaire();
        Questionnaire older = new Questionnaire(current.dimensions(), current.questions().stream()
                .map(q -> !q.dimension().equals("market") ? q : new Question(q.id(), q.dimension(),
                        q.options().stream().map(o -> new Option(o.id(), 0, o.labels())).toList(),
                        q.weakRisks(), q.weakPitfalls(), q.strategies(), q.stages(), q.industries(), q.ifAnswer(),
                        q.texts()))
                .toList(), current.bands(), current.rules(), current.facts());
        String hash = "older-" + UUID.randomUUID();
        Profile profile = assessment.profile();
        jdbc.update("insert into questionnaire_version (content_hash, definition, created_at) values (?, ?, ?)",
                hash, JSON.writeValueAsString(older), Timestamp.from(Instant.now()));
        jdbc.update("update assessment set guide_hash = ?, result = ? where token = ?", hash,
                JSON.writeValueAsString(ReadinessScorer.score(older, profile, assessment.getAnswers())),
                assessment.getToken());
        return assessments.find(assessment.getToken());
    }

    private Assessment submit(String name, Map<String, String> answers) {
        return assessments.submit(new Profile(name, LAB.industry(), LAB.stage(), LAB.teamSize()), answers);
    }

    private Questionnaire questionnaire() {
        return catalog.current().questionnaire();
    }

    // --- answers, without Spring ---

    static Map<String, String> researchLab(Questionnaire questionnaire, Profile profile) {
        return answers(questionnaire, profile, q -> switch (q.dimension()) {
            case "technology" -> best(q);
            case "market", "business-model" -> q.options().get(0).id();
            default -> q.options().get(q.options().size() / 2).id();
        });
    }

    static Map<String, String> best(Questionnaire questionnaire, Profile profile) {
        return answers(questionnaire, profile, Founders::best);
    }

    static String best(Question question) {
        return question.options().stream().max(Comparator.comparingInt(Option::score)).orElseThrow().id();
    }

    /** Answers every question the founder is asked, so that questions asked after an answer follow. */
    static Map<String, String> answers(Questionnaire questionnaire, Profile profile, Function<Question, String> pick) {
        Map<String, String> answers = new LinkedHashMap<>();
        Set<String> done = new HashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            List<Question> asked = ReadinessScorer.askedQuestions(questionnaire, profile, answers);
            for (Question q : asked) {
                if (done.add(q.id())) {
                    answers.put(q.id(), pick.apply(q));
                    more = true;
                }
            }
        }
        return answers;
    }
}
