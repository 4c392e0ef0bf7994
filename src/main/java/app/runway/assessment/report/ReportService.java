package app.runway.assessment.report;

import java.time.Clock;
import java.util.Optional;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentAccess;
import app.runway.assessment.AssessmentHeader;
import app.runway.assessment.AssessmentHeaders;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.benchmark.PeerBenchmark;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.pages.PageKey;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Question;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * Reads completed assessments into reports, what-if previews and re-score previews. Nothing here
 * saves anything: applying a re-score goes through {@link AssessmentService#applyRescore}.
 */
@Service
class ReportService {

    private final AssessmentService assessments;
    private final AssessmentHeaders headers;
    private final QuestionnaireCatalog catalog;
    private final AssessmentAccess access;
    private final ReportAssembler assembler;
    private final WhatIfAssembler whatIfs;
    private final ResultComparison comparison;
    private final PeerBenchmark benchmark;
    private final Clock clock;

    ReportService(AssessmentService assessments, AssessmentHeaders headers, QuestionnaireCatalog catalog,
            AssessmentAccess access, ReportAssembler assembler, WhatIfAssembler whatIfs, ResultComparison comparison,
            PeerBenchmark benchmark, Clock clock) {
        this.benchmark = benchmark;
        this.whatIfs = whatIfs;
        this.comparison = comparison;
        this.assessments = assessments;
        this.headers = headers;
        this.catalog = catalog;
        this.access = access;
        this.assembler = assembler;
        this.clock = clock;
    }

    /** Who may see the assessment behind the token, and its version: 404 for anyone else. */
    AssessmentHeader header(String token) {
        return headers.find(token);
    }

    /** Whether the reader may change it: its founder, or the link holder while it is unclaimed. */
    boolean canEdit(AssessmentHeader header) {
        return access.canEdit(header);
    }

    /** The assessment behind the token when it is completed; empty while it is being answered. */
    Optional<Assessment> completed(String token) {
        Assessment assessment = assessments.find(token);
        return assessment.isCompleted() ? Optional.of(assessment) : Optional.empty();
    }

    /**
     * What the rendered report, and its PDF, are kept under: the guide revision (titles, "outdated"), the
     * language, the assessment's version (any change to it, sharing its scores too), whether this reader may
     * edit it, and the revision of the peers' shared scores (a kept report never shows an older benchmark than
     * the one in force).
     */
    PageKey pageKey(AssessmentHeader assessment, String lang) {
        return PageKey.of(catalog.current().contentHash(), lang, "/assessments/" + assessment.token() + "/report")
                .withVariant("v" + assessment.version() + (access.canEdit(assessment) ? ":editor" : ":reader")
                        + ":peers-" + benchmark.revision());
    }

    /** The report as it was scored: always against the questionnaire of its own version. */
    ReportView report(Assessment assessment, String lang) {
        return assembler.assemble(scored(assessment), assessments.questionnaireOf(assessment),
                assessments.isOutdated(assessment), access.canEdit(assessment), lang);
    }

    /** Where the startup stands among its peers at its stage, from the benchmark in memory (no query). */
    PeerComparison compare(Assessment assessment, ReportView report) {
        return PeerComparison.of(assessment, report,
                benchmark.forAssessment(assessment.getOwnerId(), assessment.profile().stage()));
    }

    /** The founder shares the assessment's scores with peers, or stops: only its owner, anyone else gets 404. */
    void shareScores(String token, boolean share) {
        assessments.shareScores(token, share);
    }

    /**
     * The what-if page for a form: the question list alone, the options of the chosen question, or
     * with an option chosen what would change. Problems with the form go into {@code errors}.
     */
    WhatIfView whatIf(Assessment assessment, WhatIfForm form, Errors errors, String lang) {
        ScoredAssessment scored = scored(assessment);
        Questionnaire questionnaire = assessments.questionnaireOf(assessment);
        Question question = null;
        if (form.getQuestion() == null || form.getQuestion().isBlank()) {
            errors.rejectValue("question", "report.whatIf.error.noQuestion");
        } else {
            question = ReadinessScorer.askedQuestions(questionnaire, scored.profile(), scored.answers()).stream()
                    .filter(q -> q.id().equals(form.getQuestion())).findFirst().orElse(null);
            if (question == null) {
                errors.rejectValue("question", "report.whatIf.error.unknownQuestion");
            }
        }
        ReadinessResult after = null;
        if (question != null && form.hasOption()) {
            if (!Questionnaire.UNKNOWN.equals(form.getOption()) && question.option(form.getOption()).isEmpty()) {
                errors.rejectValue("option", "report.whatIf.error.unknownOption");
            } else {
                after = assessments.whatIf(assessment, question.id(), form.getOption());
            }
        }
        return whatIfs.whatIf(scored, questionnaire, question, after == null ? null : form.getOption(), after,
                lang);
    }

    /** What a re-score under the questionnaire in force would change, without saving it. */
    Comparison rescorePreview(Assessment assessment, String lang) {
        return comparison.compare(assessment.result(), assessments.questionnaireOf(assessment),
                assessments.rescore(assessment), catalog.current().questionnaire(), lang);
    }

    /** Whether the guide changed since and the visitor may re-score (a mentor may read, not change). */
    boolean canRescore(Assessment assessment) {
        return assessments.isOutdated(assessment) && access.canEdit(assessment);
    }

    /** Scores the answers again under the questionnaire in force and stores the result. */
    void rescore(Assessment assessment) {
        assessments.applyRescore(assessment.getToken());
    }

    private ScoredAssessment scored(Assessment assessment) {
        return ScoredAssessment.of(assessment, clock.getZone());
    }
}
