package app.runway.assessment;

/** Where an assessment is: being answered, or completed and scored. */
public enum AssessmentStatus {
    IN_PROGRESS, COMPLETED
}
