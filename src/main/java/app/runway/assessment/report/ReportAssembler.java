package app.runway.assessment.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.runway.assessment.report.Comparison.FlagChange;
import app.runway.assessment.report.Comparison.ScoreChange;
import app.runway.assessment.report.ReportView.Addressed;
import app.runway.assessment.report.ReportView.BandView;
import app.runway.assessment.report.ReportView.CaseView;
import app.runway.assessment.report.ReportView.ConditionView;
import app.runway.assessment.report.ReportView.DimensionRow;
import app.runway.assessment.report.ReportView.EvidenceItem;
import app.runway.assessment.report.ReportView.FlagView;
import app.runway.assessment.report.ReportView.PlanStep;
import app.runway.assessment.report.ReportView.QuestionChoice;
import app.runway.assessment.report.ReportView.QuestionGroup;
import app.runway.assessment.report.ReportView.ReasonView;
import app.runway.assessment.report.ReportView.StrategyView;
import app.runway.assessment.report.WhatIfView.OptionChoice;
import app.runway.assessment.scoring.ReadinessResult.DimensionScore;
import app.runway.assessment.scoring.ReadinessResult.Flag;
import app.runway.assessment.scoring.ReadinessResult.Reason;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.guide.model.EntryKind;
import app.runway.questionnaire.Questionnaire.Condition;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Questionnaire.Text;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.QuestionnaireTexts;
import org.springframework.stereotype.Component;

/**
 * Turns a stored result into what the report shows, in the reader's language, with every guide
 * entry it names looked up in one go. Plain logic over records apart from that one lookup.
 */
@Component
class ReportAssembler {

    /** Strategies per step of the action plan, and the days each step has. */
    static final int PLAN_STEP_SIZE = 3;
    static final List<Integer> PLAN_DAYS = List.of(30, 60, 90);

    private static final String QUESTION_GAP = "question:";

    private final GuideTitles titles;

    ReportAssembler(GuideTitles titles) {
        this.titles = titles;
    }

    /**
     * @param outdated    whether the guide changed since the assessment was scored
     * @param editable    whether the reader may change the answers and apply a re-score
     */
    ReportView assemble(ScoredAssessment scored, Questionnaire questionnaire, boolean outdated, boolean editable,
            String lang) {
        ReadinessResult result = scored.result();
        QuestionnaireTexts texts = new QuestionnaireTexts(questionnaire, lang);
        Map<String, GuideTitles.Entry> guide = titles.find(guideIds(scored), lang);

        List<DimensionRow> rows = result.dimensions().values().stream()
                .map(d -> new DimensionRow(d.id(), texts.dimension(d.id()), d.score(), d.weight(), d.asked(),
                        d.answered(), d.unknown()))
                .toList();
        List<DimensionRow> strengths = rows.stream().filter(r -> r.score() != null && r.score() >= ReportView.STRENGTH)
                .sorted(Comparator.comparing(DimensionRow::score).reversed()).toList();
        List<DimensionRow> gaps = rows.stream().filter(r -> r.score() != null && r.score() <= ReportView.GAP)
                .sorted(Comparator.comparing(DimensionRow::score)).toList();
        RadarChart radar = RadarChart.of(rows.stream().map(r -> new RadarChart.Value(r.id(), r.score())).toList());

        List<StrategyView> strategies = result.strategies().stream().map(s -> {
            GuideTitles.Entry entry = guide.get(s.id());
            List<Addressed> addresses = s.addresses().stream().map(gap -> addressed(gap, guide, texts))
                    .distinct().toList();
            return new StrategyView(s.id(), titleOf(entry, s.id()), urlOf(entry, EntryKind.STRATEGY, s.id()),
                    entry == null ? null : entry.summary(), addresses);
        }).toList();
        List<CaseView> cases = result.cases().stream().map(c -> {
            GuideTitles.Entry entry = guide.get(c.id());
            return new CaseView(c.id(), titleOf(entry, c.id()), urlOf(entry, EntryKind.CASE, c.id()),
                    entry == null ? null : entry.summary(), c.sameIndustry(),
                    c.strategies().stream().map(s -> titleOf(guide.get(s), s)).toList());
        }).toList();
        List<EvidenceItem> evidence = result.evidenceToDo().stream()
                .flatMap(id -> questionnaire.question(id).stream())
                .map(q -> new EvidenceItem(q.id(), texts.question(q), q.dimension(), texts.dimension(q.dimension())))
                .toList();

        GuideTitles.Entry industry = guide.get(scored.profile().industry());
        return new ReportView(scored.token(), scored.profile().startupName(),
                titleOf(industry, scored.profile().industry()), scored.profile().stage().id(),
                scored.profile().teamSize(), scored.completedOn(), result.index(),
                band(questionnaire, result.band(), texts), outdated, editable, rows, radar, strengths, gaps,
                flags(result.flaggedRisks(), EntryKind.RISK, result, scored.answers(), questionnaire, guide, texts),
                flags(result.flaggedPitfalls(), EntryKind.PITFALL, result, scored.answers(), questionnaire, guide,
                        texts),
                strategies, cases, plan(strategies), evidence, questionGroups(scored, questionnaire, texts));
    }

    /** Every guide entry the report names: the industry, the flags, the strategies and the cases. */
    private static Set<String> guideIds(ScoredAssessment scored) {
        ReadinessResult result = scored.result();
        Set<String> ids = new LinkedHashSet<>();
        ids.add(scored.profile().industry());
        Stream.concat(result.flaggedRisks().stream(), result.flaggedPitfalls().stream()).forEach(f -> ids.add(f.id()));
        result.strategies().forEach(s -> {
            ids.add(s.id());
            s.addresses().stream().filter(a -> !a.startsWith(QUESTION_GAP)).forEach(ids::add);
        });
        result.cases().forEach(c -> {
            ids.add(c.id());
            ids.addAll(c.strategies());
        });
        return ids;
    }

    static BandView band(Questionnaire questionnaire, String bandId, QuestionnaireTexts texts) {
        if (bandId == null) {
            return null;
        }
        return questionnaire.bands().stream().filter(b -> b.id().equals(bandId)).findFirst()
                .map(b -> {
                    Text text = texts.of(b.texts());
                    return new BandView(b.id(), text.title(), text.body(), text.plain());
                })
                .orElse(new BandView(bandId, bandId, null, null));
    }

    private static List<FlagView> flags(List<Flag> flags, EntryKind kind, ReadinessResult result,
            Map<String, String> answers, Questionnaire questionnaire, Map<String, GuideTitles.Entry> guide,
            QuestionnaireTexts texts) {
        return flags.stream().map(flag -> {
            GuideTitles.Entry entry = guide.get(flag.id());
            List<ReasonView> reasons = flag.reasons().stream()
                    .map(reason -> reason(reason, result, answers, questionnaire, texts)).distinct().toList();
            return new FlagView(flag.id(), kind.code(), titleOf(entry, flag.id()), urlOf(entry, kind, flag.id()),
                    flag.severity(), reasons);
        }).toList();
    }

    private static ReasonView reason(Reason reason, ReadinessResult result, Map<String, String> answers,
            Questionnaire questionnaire, QuestionnaireTexts texts) {
        if (Reason.ANSWER.equals(reason.type())) {
            Question question = questionnaire.question(reason.questionId()).orElse(null);
            return question == null ? ReasonView.answer(reason.questionId(), reason.optionId())
                    : ReasonView.answer(texts.question(question), texts.option(question, reason.optionId()));
        }
        Questionnaire.FlagRule rule = questionnaire.rules().stream().filter(r -> r.id().equals(reason.ruleId()))
                .findFirst().orElse(null);
        if (rule == null) {
            List<ConditionView> written = reason.conditions().stream()
                    .map(c -> new ConditionView(null, null, null, null, null, null, c)).toList();
            return new ReasonView(false, null, null, reason.ruleId(), null, null, written);
        }
        Text text = texts.of(rule.texts());
        List<ConditionView> conditions = rule.when().stream()
                .map(c -> condition(c, result, answers, questionnaire, texts)).toList();
        return new ReasonView(false, null, null, text.title(), text.body(), text.plain(), conditions);
    }

    private static ConditionView condition(Condition condition, ReadinessResult result, Map<String, String> answers,
            Questionnaire questionnaire, QuestionnaireTexts texts) {
        if (condition.onAnswer()) {
            Question question = questionnaire.question(condition.questionId()).orElse(null);
            if (question == null) {
                return new ConditionView(null, null, null, null, null, null, condition.source());
            }
            return new ConditionView(null, null, null, null, texts.question(question),
                    texts.option(question, answers.get(question.id())), condition.source());
        }
        DimensionScore score = result.dimensions().get(condition.dimension());
        return new ConditionView(texts.dimension(condition.dimension()), score == null ? null : score.score(),
                operator(condition.operator()), threshold(condition.value()), null, null, condition.source());
    }

    /** The message key part for a comparison: {@code lt}, {@code le}, {@code gt}, {@code ge}. */
    private static String operator(String operator) {
        return switch (operator) {
            case "<" -> "lt";
            case "<=" -> "le";
            case ">" -> "gt";
            default -> "ge";
        };
    }

    private static String threshold(Double value) {
        return value == null ? "" : value % 1 == 0 ? String.valueOf(value.intValue()) : String.valueOf(value);
    }

    private static Addressed addressed(String gap, Map<String, GuideTitles.Entry> guide, QuestionnaireTexts texts) {
        if (gap.startsWith(QUESTION_GAP)) {
            String questionId = gap.substring(QUESTION_GAP.length());
            return new Addressed(texts.questionnaire().question(questionId).map(texts::question).orElse(questionId),
                    null);
        }
        GuideTitles.Entry entry = guide.get(gap);
        return new Addressed(titleOf(entry, gap), entry == null ? null : entry.url());
    }

    /** The top strategies in steps of three: the heaviest first, to start within 30 days. */
    static List<PlanStep> plan(List<StrategyView> strategies) {
        List<PlanStep> plan = new ArrayList<>();
        for (int step = 0; step < PLAN_DAYS.size(); step++) {
            int from = step * PLAN_STEP_SIZE;
            if (from >= strategies.size()) {
                break;
            }
            plan.add(new PlanStep(PLAN_DAYS.get(step),
                    strategies.subList(from, Math.min(from + PLAN_STEP_SIZE, strategies.size()))));
        }
        return plan;
    }

    /** The questions the founder was asked, by dimension, for the what-if form. */
    static List<QuestionGroup> questionGroups(ScoredAssessment scored, Questionnaire questionnaire,
            QuestionnaireTexts texts) {
        Map<String, List<QuestionChoice>> byDimension = new LinkedHashMap<>();
        questionnaire.dimensions().forEach(d -> byDimension.put(d.id(), new ArrayList<>()));
        for (Question q : ReadinessScorer.askedQuestions(questionnaire, scored.profile(), scored.answers())) {
            String answer = scored.answers().get(q.id());
            byDimension.computeIfAbsent(q.dimension(), k -> new ArrayList<>())
                    .add(new QuestionChoice(q.id(), texts.question(q),
                            answer == null ? null : texts.option(q, answer)));
        }
        return byDimension.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new QuestionGroup(texts.dimension(e.getKey()), List.copyOf(e.getValue()))).toList();
    }

    static String titleOf(GuideTitles.Entry entry, String id) {
        return entry == null ? id : entry.title();
    }

    static String urlOf(GuideTitles.Entry entry, EntryKind kind, String id) {
        return entry == null ? kind.url(id) : entry.url();
    }
}
