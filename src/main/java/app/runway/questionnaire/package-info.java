/**
 * The readiness questionnaire as data: dimensions with stage weights, questions with scored
 * options and conditions, readiness bands and flag rules, plus the few facts of the guide that
 * scoring needs. Immutable records, loaded with the guide by {@code app.runway.guide.load} and
 * scored by {@code app.runway.assessment}.
 */
package app.runway.questionnaire;
