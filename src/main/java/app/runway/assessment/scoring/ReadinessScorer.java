package app.runway.assessment.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.runway.assessment.scoring.ReadinessResult.CaseMatch;
import app.runway.assessment.scoring.ReadinessResult.Contribution;
import app.runway.assessment.scoring.ReadinessResult.DimensionScore;
import app.runway.assessment.scoring.ReadinessResult.Flag;
import app.runway.assessment.scoring.ReadinessResult.Reason;
import app.runway.assessment.scoring.ReadinessResult.Recommendation;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Condition;
import app.runway.questionnaire.Questionnaire.Question;

/**
 * Scores a founder's answers. Pure and deterministic: the same questionnaire, profile and answers
 * always give the same result, in the same order. See docs/scoring.md for the model.
 */
public final class ReadinessScorer {

    /** How many strategies and cases the result recommends at most. */
    static final int MAX_STRATEGIES = 12;
    static final int MAX_CASES = 5;

    private static final Map<String, Integer> SEVERITY_FACTOR = Map.of("critical", 4, "high", 3, "medium", 2, "low", 1);
    private static final int PITFALL_FACTOR = 3;
    private static final int INDUSTRY_MATCH = 3;

    private ReadinessScorer() {
    }

    public static ReadinessResult score(Questionnaire questionnaire, Profile profile, Map<String, String> answers) {
        return new Run(questionnaire, profile, answers).result();
    }

    /** The questions asked of this founder, in order: stage, industry and earlier answers decide. */
    public static List<Question> askedQuestions(Questionnaire questionnaire, Profile profile, Map<String, String> answers) {
        Set<String> asked = new HashSet<>();
        List<Question> result = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            if (isAsked(question, profile, answers, asked)) {
                asked.add(question.id());
                result.add(question);
            }
        }
        return result;
    }

    private static boolean isAsked(Question question, Profile profile, Map<String, String> answers, Set<String> asked) {
        if (!question.stages().isEmpty() && !question.stages().contains(profile.stage())) {
            return false;
        }
        if (!question.industries().isEmpty() && !question.industries().contains(profile.industry())) {
            return false;
        }
        Condition condition = question.ifAnswer();
        if (condition == null) {
            return true;
        }
        String answer = answers.get(condition.questionId());
        return answer != null && asked.contains(condition.questionId()) && condition.optionIds().contains(answer);
    }

    /** One scoring run; holds the intermediate state so that each step stays small. */
    private static final class Run {

        private final Questionnaire questionnaire;
        private final Profile profile;
        private final Map<String, String> answers;
        private final List<Question> asked;
        private final Set<String> askedIds = new HashSet<>();
        private final Map<String, DimensionScore> dimensions = new LinkedHashMap<>();
        private final Map<String, List<Reason>> flags = new LinkedHashMap<>();
        /** Gap id (a flag id or "question:<id>") to the dimensions it concerns. */
        private final Map<String, Set<String>> gapDimensions = new HashMap<>();

        Run(Questionnaire questionnaire, Profile profile, Map<String, String> answers) {
            this.questionnaire = questionnaire;
            this.profile = profile;
            this.answers = answers;
            this.asked = askedQuestions(questionnaire, profile, answers);
            asked.forEach(q -> askedIds.add(q.id()));
        }

        ReadinessResult result() {
            questionnaire.dimensions().forEach(d -> dimensions.put(d.id(), dimension(d)));
            Integer index = index();
            flagWeakAnswers();
            flagRules();
            List<Recommendation> strategies = recommend();
            return new ReadinessResult(index, band(index), dimensions, flagged(false), flagged(true), strategies,
                    cases(strategies), answeredWith(true), unanswered(), ignored());
        }

        private DimensionScore dimension(Questionnaire.Dimension dimension) {
            int total = 0;
            int max = 0;
            int askedCount = 0;
            int unknown = 0;
            List<Contribution> contributions = new ArrayList<>();
            for (Question question : asked) {
                if (!question.dimension().equals(dimension.id())) {
                    continue;
                }
                askedCount++;
                String answer = answers.get(question.id());
                if (Questionnaire.UNKNOWN.equals(answer)) {
                    unknown++;
                }
                var option = answer == null ? null : question.option(answer).orElse(null);
                if (option != null) {
                    total += option.score();
                    max += question.maxScore();
                    contributions.add(new Contribution(question.id(), option.id(), option.score(), question.maxScore(),
                            question.isWeak(option)));
                }
            }
            Integer score = max == 0 ? null : (int) Math.round(100.0 * total / max);
            return new DimensionScore(dimension.id(), score, dimension.weight(profile.stage()), askedCount,
                    contributions.size(), unknown, List.copyOf(contributions));
        }

        private Integer index() {
            double weighted = 0;
            double weights = 0;
            for (DimensionScore d : dimensions.values()) {
                if (d.score() != null) {
                    weighted += d.weight() * d.score();
                    weights += d.weight();
                }
            }
            return weights == 0 ? null : (int) Math.round(weighted / weights);
        }

        private String band(Integer index) {
            if (index == null) {
                return null;
            }
            return questionnaire.bands().stream().filter(b -> b.from() <= index)
                    .max(Comparator.comparingInt(Questionnaire.Band::from)).map(Questionnaire.Band::id).orElse(null);
        }

        private void flagWeakAnswers() {
            for (DimensionScore dimension : dimensions.values()) {
                for (Contribution c : dimension.contributions()) {
                    if (!c.weak()) {
                        continue;
                    }
                    Question question = questionnaire.question(c.questionId()).orElseThrow();
                    gapDimensions.put("question:" + question.id(), Set.of(question.dimension()));
                    for (String id : concat(question.weakRisks(), question.weakPitfalls())) {
                        flag(id, Reason.answer(question.id(), c.optionId()), Set.of(question.dimension()));
                    }
                }
            }
        }

        private void flagRules() {
            for (Questionnaire.FlagRule rule : questionnaire.rules()) {
                List<String> explained = new ArrayList<>();
                Set<String> concerned = new LinkedHashSet<>();
                boolean holds = true;
                for (Condition condition : rule.when()) {
                    if (condition.onAnswer()) {
                        String answer = answers.get(condition.questionId());
                        holds &= askedIds.contains(condition.questionId()) && condition.optionIds().contains(answer);
                        // the actual answer, since a condition may accept several ("growth-plan = fast | aggressive")
                        explained.add(condition.source() + " (" + (answer == null ? "-" : answer) + ")");
                        questionnaire.question(condition.questionId()).ifPresent(q -> concerned.add(q.dimension()));
                    } else {
                        Integer score = dimensions.get(condition.dimension()).score();
                        holds &= score != null && condition.test(score);
                        explained.add(condition.source() + " (" + (score == null ? "-" : score) + ")");
                        concerned.add(condition.dimension());
                    }
                }
                if (holds) {
                    rule.flags().forEach(id -> flag(id, Reason.rule(rule.id(), List.copyOf(explained)), concerned));
                }
            }
        }

        private void flag(String id, Reason reason, Set<String> concernedDimensions) {
            flags.computeIfAbsent(id, k -> new ArrayList<>()).add(reason);
            gapDimensions.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(concernedDimensions);
        }

        private List<Flag> flagged(boolean pitfalls) {
            Questionnaire.GuideFacts facts = questionnaire.facts();
            return flags.entrySet().stream()
                    .filter(e -> facts.isPitfall(e.getKey()) == pitfalls)
                    .map(e -> new Flag(e.getKey(), pitfalls ? null : facts.severities().get(e.getKey()),
                            List.copyOf(e.getValue())))
                    .sorted(Comparator.comparingInt((Flag f) -> -factor(f.id()))
                            .thenComparingInt(f -> -f.reasons().size())
                            .thenComparing(Flag::id))
                    .toList();
        }

        private int factor(String flagId) {
            return questionnaire.facts().isPitfall(flagId) ? PITFALL_FACTOR
                    : SEVERITY_FACTOR.getOrDefault(questionnaire.facts().severities().get(flagId), 1);
        }

        /** How much a gap weighs: its severity times the heaviest dimension it concerns at this stage. */
        private double gapWeight(String gap) {
            double dimensionWeight = gapDimensions.getOrDefault(gap, Set.of()).stream()
                    .mapToDouble(d -> dimensions.get(d).weight()).max().orElse(1.0);
            return (gap.startsWith("question:") ? 1 : factor(gap)) * dimensionWeight;
        }

        private List<Recommendation> recommend() {
            Map<String, Set<String>> addresses = new LinkedHashMap<>();
            Questionnaire.GuideFacts facts = questionnaire.facts();
            for (String flag : flags.keySet()) {
                Set<String> strategies = facts.isPitfall(flag) ? facts.avoidedBy().get(flag)
                        : facts.mitigatedBy().getOrDefault(flag, Set.of());
                strategies.stream().sorted().forEach(s -> addresses.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(flag));
            }
            for (DimensionScore dimension : dimensions.values()) {
                for (Contribution c : dimension.contributions()) {
                    if (c.weak()) {
                        questionnaire.question(c.questionId()).orElseThrow().strategies().forEach(s ->
                                addresses.computeIfAbsent(s, k -> new LinkedHashSet<>()).add("question:" + c.questionId()));
                    }
                }
            }
            return addresses.entrySet().stream()
                    .map(e -> new Recommendation(e.getKey(),
                            Math.round(e.getValue().stream().mapToDouble(this::gapWeight).sum() * 100) / 100.0,
                            List.copyOf(e.getValue())))
                    .sorted(Comparator.comparingDouble((Recommendation r) -> -r.weight())
                            .thenComparingInt(r -> -r.addresses().size())
                            .thenComparing(Recommendation::id))
                    .limit(MAX_STRATEGIES)
                    .toList();
        }

        private List<CaseMatch> cases(List<Recommendation> strategies) {
            Set<String> recommended = new HashSet<>();
            strategies.forEach(r -> recommended.add(r.id()));
            return questionnaire.facts().cases().entrySet().stream()
                    .map(e -> new CaseMatch(e.getKey(), e.getValue().industries().contains(profile.industry()),
                            e.getValue().strategies().stream().filter(recommended::contains).sorted().toList()))
                    .filter(c -> c.sameIndustry() || !c.strategies().isEmpty())
                    .sorted(Comparator.comparingInt((CaseMatch c) -> -((c.sameIndustry() ? INDUSTRY_MATCH : 0)
                            + c.strategies().size())).thenComparing(CaseMatch::id))
                    .limit(MAX_CASES)
                    .toList();
        }

        private List<String> answeredWith(boolean unknown) {
            return asked.stream().map(Question::id)
                    .filter(id -> unknown == Questionnaire.UNKNOWN.equals(answers.get(id))).toList();
        }

        private List<String> unanswered() {
            return asked.stream().map(Question::id).filter(id -> {
                String answer = answers.get(id);
                return answer == null || (!Questionnaire.UNKNOWN.equals(answer)
                        && questionnaire.question(id).orElseThrow().option(answer).isEmpty());
            }).toList();
        }

        private List<String> ignored() {
            return answers.keySet().stream().filter(id -> !askedIds.contains(id)).sorted().toList();
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }
}
