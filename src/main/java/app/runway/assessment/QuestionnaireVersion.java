package app.runway.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A questionnaire as it was when an assessment was scored against it, kept as a JSON document. */
@Entity
@Table(name = "questionnaire_version")
class QuestionnaireVersion {

    @Id
    private String contentHash;

    private String definition;
    private Instant createdAt;

    protected QuestionnaireVersion() {
    }

    QuestionnaireVersion(String contentHash, String definition, Instant createdAt) {
        this.contentHash = contentHash;
        this.definition = definition;
        this.createdAt = createdAt;
    }

    String getDefinition() {
        return definition;
    }
}
