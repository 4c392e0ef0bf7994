package app.runway.assessment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.questionnaire.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
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
    private Instant createdAt;
    private Instant updatedAt;
    private Instant completedAt;

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
        this.guideHash = guideHash;
        this.status = AssessmentStatus.COMPLETED;
        this.completedAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
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
