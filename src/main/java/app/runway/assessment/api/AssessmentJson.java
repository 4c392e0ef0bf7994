package app.runway.assessment.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.runway.assessment.Assessment;
import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.questionnaire.Questionnaire;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A saved assessment as {@code POST /api/assessments} and {@code GET /api/assessments/{token}}
 * answer it. Mapped from the scorer's records rather than serialising them, so that the API keeps
 * its documented shape (docs/api.md) when the scoring's internals change.
 *
 * @param status      {@code completed}, or {@code in-progress} for one started on the web and not finished
 * @param guideVersion the guide version it was scored against; null while in progress
 * @param outdated    whether the guide changed since it was scored
 * @param answers     as stored, in questionnaire order
 * @param result      null while in progress
 */
record AssessmentJson(String token, String status, String guideVersion, boolean outdated, ProfileJson profile,
        Map<String, String> answers, ResultJson result) {

    record ProfileJson(String startupName, String industry, String stage, int teamSize) {
    }

    /**
     * @param index      0-100, or null when no question was answered
     * @param stage      the id of the readiness band the index falls in (see {@code bands} in the questionnaire)
     * @param stageTitle the band's title in the requested language
     */
    record ResultJson(Integer index, String stage, String stageTitle, Map<String, DimensionJson> dimensions,
            List<FlagJson> flaggedRisks, List<FlagJson> flaggedPitfalls, List<StrategyJson> strategies,
            List<CaseJson> cases, List<String> evidenceToDo, List<String> unanswered, List<String> ignored) {
    }

    /**
     * @param score         0-100, or null when no question of the dimension has a scored answer
     * @param weight        its weight in the index at the startup's stage
     * @param contributions the answers that make up the score
     */
    record DimensionJson(Integer score, double weight, int answered, int asked, int unknown,
            List<ContributionJson> contributions) {
    }

    /** @param weak below half of the question's best score: such answers flag risks and pitfalls */
    record ContributionJson(String question, String option, int score, int max, boolean weak) {
    }

    /** @param severity the risk's severity in the guide; absent for pitfalls */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FlagJson(String id, String severity, List<ReasonJson> explanation) {
    }

    /**
     * Why something was flagged: {@code type} {@code answer} with the {@code question} and
     * {@code option} given, or {@code rule} with the {@code rule} id, its {@code title} and its
     * {@code conditions} written with the actual values, such as {@code technology >= 60 (83)}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReasonJson(String type, String question, String option, String rule, String title, List<String> conditions) {
    }

    /** @param addresses flag ids, and {@code question:<id>} for weak answers, that the strategy helps with */
    record StrategyJson(String id, double weight, List<String> addresses) {
    }

    /** @param strategies the recommended strategies the case illustrates */
    record CaseJson(String id, boolean sameIndustry, List<String> strategies) {
    }

    /**
     * @param questionnaire the questionnaire the assessment was scored against, for the titles
     * @param outdated      whether the guide changed since
     */
    static AssessmentJson of(Assessment assessment, Questionnaire questionnaire, boolean outdated, String lang) {
        Profile profile = assessment.profile();
        ReadinessResult result = assessment.result();
        return new AssessmentJson(assessment.getToken(), assessment.isCompleted() ? "completed" : "in-progress",
                assessment.getGuideHash(), outdated,
                new ProfileJson(profile.startupName(), profile.industry(), profile.stage().id(), profile.teamSize()),
                ordered(assessment.getAnswers(), questionnaire),
                result == null ? null : result(result, questionnaire, lang));
    }

    private static ResultJson result(ReadinessResult result, Questionnaire questionnaire, String lang) {
        Map<String, DimensionJson> dimensions = new LinkedHashMap<>();
        result.dimensions().forEach((id, d) -> dimensions.put(id, new DimensionJson(d.score(), d.weight(),
                d.answered(), d.asked(), d.unknown(), d.contributions().stream()
                        .map(c -> new ContributionJson(c.questionId(), c.optionId(), c.score(), c.max(), c.weak()))
                        .toList())));
        String stageTitle = questionnaire.bands().stream().filter(b -> b.id().equals(result.band())).findFirst()
                .map(b -> QuestionnaireJson.title(b.texts(), lang)).orElse(null);
        return new ResultJson(result.index(), result.band(), stageTitle, dimensions,
                flags(result.flaggedRisks(), questionnaire, lang), flags(result.flaggedPitfalls(), questionnaire, lang),
                result.strategies().stream().map(s -> new StrategyJson(s.id(), s.weight(), s.addresses())).toList(),
                result.cases().stream().map(c -> new CaseJson(c.id(), c.sameIndustry(), c.strategies())).toList(),
                result.evidenceToDo(), result.unanswered(), result.ignored());
    }

    private static List<FlagJson> flags(List<ReadinessResult.Flag> flags, Questionnaire questionnaire, String lang) {
        return flags.stream().map(f -> new FlagJson(f.id(), f.severity(), f.reasons().stream()
                .map(r -> reason(r, questionnaire, lang)).toList())).toList();
    }

    private static ReasonJson reason(ReadinessResult.Reason reason, Questionnaire questionnaire, String lang) {
        if (ReadinessResult.Reason.RULE.equals(reason.type())) {
            String title = questionnaire.rules().stream().filter(r -> r.id().equals(reason.ruleId())).findFirst()
                    .map(r -> QuestionnaireJson.title(r.texts(), lang)).orElse(null);
            return new ReasonJson(reason.type(), null, null, reason.ruleId(), title, reason.conditions());
        }
        return new ReasonJson(reason.type(), reason.questionId(), reason.optionId(), null, null, null);
    }

    /** Stored answers come back unordered; questionnaire order reads better and stays stable. */
    private static Map<String, String> ordered(Map<String, String> answers, Questionnaire questionnaire) {
        Map<String, String> ordered = new LinkedHashMap<>();
        questionnaire.questions().forEach(q -> {
            if (answers.containsKey(q.id())) {
                ordered.put(q.id(), answers.get(q.id()));
            }
        });
        answers.keySet().stream().filter(id -> !ordered.containsKey(id)).sorted()
                .forEach(id -> ordered.put(id, answers.get(id)));
        return ordered;
    }
}
