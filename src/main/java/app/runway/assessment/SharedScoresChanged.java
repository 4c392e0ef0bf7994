package app.runway.assessment;

/**
 * Published when the scores an assessment shares with its peers may have changed: its founder turned sharing
 * on or off, or a sharing assessment was scored again or moved to another stage. Listeners act after the
 * change is committed.
 */
public record SharedScoresChanged(Long assessmentId) {
}
