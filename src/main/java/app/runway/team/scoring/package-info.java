/**
 * How a team's answers make one: per question the lower median of the members' scored answers ("I don't
 * know" left out), the spread between them, and the disagreements worth talking about, ranked. Plain Java,
 * like the scoring it feeds ({@link app.runway.assessment.scoring.ReadinessScorer}); see docs/scoring.md.
 */
package app.runway.team.scoring;
