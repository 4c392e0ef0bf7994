package app.runway.assessment;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.questionnaire.Stage;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A founder's readiness assessment: the profile, the answers saved page by page, and once
 * completed the result with the guide version it was scored against. Reached through an
 * unguessable token, the private link.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    /** The key under which {@link #scores} holds the readiness index; no dimension id starts with "_". */
    public static final String INDEX_SCORE = "_index";

    @Id
    @GeneratedValue(generator = "assessment_seq")
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    private Long id;

    private String token;
    private String startupName;
    private String industry;
    private String stage;
    private int teamSize;

    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;

    @Convert(converter = AnswersConverter.class)
    private Map<String, String> answers = new LinkedHashMap<>();

    @Column(name = "result")
    private String resultJson;

    private String guideHash;

    /** The founder's account; null while the assessment is only reachable by its private link. */
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    private ReviewState reviewState = ReviewState.DRAFT;

    private String submissionNote;
    private Instant submittedAt;

    /** The programme it was submitted to, whose mentors alone see it; null for the open pool. */
    private Long programmeId;

    /** The assessment this one re-takes, for a startup's history. */
    private Long retakeOf;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant completedAt;

    /** Whether the founder lets this assessment's scores count, anonymously, among their peers' quartiles. */
    private boolean benchmarkConsent;

    /**
     * The result's scores as rows (table assessment_score), for statistics over many assessments: per
     * dimension with a score, and the index under {@link #INDEX_SCORE}. Written only with the result.
     */
    @ElementCollection
    @CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "dimension")
    @Column(name = "score")
    private Map<String, Integer> scores = new HashMap<>();

    @Version
    private long version;

    protected Assessment() {
    }

    Assessment(String token, Profile profile, Instant now) {
        this.token = token;
        this.status = AssessmentStatus.IN_PROGRESS;
        this.createdAt = now;
        changeProfile(profile, now);
    }

    void changeProfile(Profile profile, Instant now) {
        this.startupName = profile.startupName();
        this.industry = profile.industry();
        this.stage = profile.stage().id();
        this.teamSize = profile.teamSize();
        this.updatedAt = now;
    }

    /** Keeps the given answers, replacing earlier answers to the same questions. */
    void record(Map<String, String> pageAnswers, Instant now) {
        Map<String, String> merged = new LinkedHashMap<>(answers);
        merged.putAll(pageAnswers);
        this.answers = merged;
        this.updatedAt = now;
    }

    /** Stores the result of scoring; a completed assessment may be completed again after changes. */
    void complete(ReadinessResult result, String guideHash, Instant now) {
        this.resultJson = Json.write(result);
        this.scores.clear();
        this.scores.putAll(scoresOf(result));
        this.guideHash = guideHash;
        this.status = AssessmentStatus.COMPLETED;
        this.completedAt = now;
        this.updatedAt = now;
    }

    /** Stores a new result of the same answers' version (its team changed); the guide version stays. */
    void rescored(ReadinessResult result, Instant now) {
        this.resultJson = Json.write(result);
        this.scores.clear();
        this.scores.putAll(scoresOf(result));
        this.updatedAt = now;
    }

    /** Something shown with it changed (its team): a report kept of it goes stale with the new version. */
    void touch(Instant now) {
        this.updatedAt = now;
    }

    /** The scores of a result as stored in assessment_score: those that exist, and the index if there is one. */
    static Map<String, Integer> scoresOf(ReadinessResult result) {
        Map<String, Integer> scores = new HashMap<>();
        result.dimensions().values().stream().filter(d -> d.score() != null)
                .forEach(d -> scores.put(d.id(), d.score()));
        if (result.index() != null) {
            scores.put(INDEX_SCORE, result.index());
        }
        return scores;
    }

    /**
     * The founder lets the scores count among their peers', or stops it. Only an assessment in an account can:
     * one behind its private link has nobody who could take the decision back later.
     */
    void shareScores(boolean share) {
        if (share && ownerId == null) {
            throw new InvalidStateException("only an assessment kept in an account can be shared");
        }
        this.benchmarkConsent = share;
    }

    /** Puts an assessment started through a private link into a founder's account. */
    void claim(Long accountId) {
        if (ownerId != null && !ownerId.equals(accountId)) {
            throw new InvalidStateException("the assessment belongs to another account");
        }
        this.ownerId = accountId;
    }

    void retakes(Assessment previous) {
        this.retakeOf = previous.getId();
        this.ownerId = previous.ownerId;
        this.answers = new LinkedHashMap<>(previous.answers);
    }

    /**
     * Submits a completed assessment to the mentors, with an optional note.
     *
     * @param programmeId the programme whose mentors alone will see it; null for every mentor
     */
    void submit(String note, Long programmeId, Instant now) {
        if (!isCompleted()) {
            throw new InvalidStateException("only a completed assessment can be submitted");
        }
        if (reviewState != ReviewState.DRAFT) {
            throw new InvalidStateException("already submitted");
        }
        this.reviewState = ReviewState.SUBMITTED;
        this.submissionNote = note == null || note.isBlank() ? null : note.strip();
        this.submittedAt = now;
        this.programmeId = programmeId;
    }

    /** Takes a submission back; only before a mentor started reviewing it. */
    void withdraw() {
        if (reviewState != ReviewState.SUBMITTED) {
            throw new InvalidStateException("only a submission not yet in review can be withdrawn");
        }
        this.reviewState = ReviewState.DRAFT;
        this.submittedAt = null;
        this.programmeId = null;
    }

    /** A mentor starts reviewing. */
    public void startReview() {
        if (reviewState != ReviewState.SUBMITTED && reviewState != ReviewState.IN_REVIEW) {
            throw new InvalidStateException("only a submitted assessment can be reviewed");
        }
        this.reviewState = ReviewState.IN_REVIEW;
    }

    /** A mentor published the review. */
    public void markReviewed() {
        if (reviewState != ReviewState.IN_REVIEW && reviewState != ReviewState.REVIEWED) {
            throw new InvalidStateException("only an assessment in review can be marked reviewed");
        }
        this.reviewState = ReviewState.REVIEWED;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public boolean isBenchmarkConsent() {
        return benchmarkConsent;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public ReviewState getReviewState() {
        return reviewState;
    }

    public String getSubmissionNote() {
        return submissionNote;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getRetakeOf() {
        return retakeOf;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public String getStartupName() {
        return startupName;
    }

    public String getIndustry() {
        return industry;
    }

    public Profile profile() {
        return new Profile(startupName, industry, Stage.fromId(stage).orElseThrow(), teamSize);
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public boolean isCompleted() {
        return status == AssessmentStatus.COMPLETED;
    }

    public Map<String, String> getAnswers() {
        return Map.copyOf(answers);
    }

    /** The stored result, or null before completion. */
    public ReadinessResult result() {
        return resultJson == null ? null : Json.read(resultJson, ReadinessResult.class);
    }

    public String getGuideHash() {
        return guideHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
