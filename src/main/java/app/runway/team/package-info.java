/**
 * Co-founders answering one assessment together. The founder who owns an assessment invites co-founders by
 * e-mail (a single-use link that expires); each answers the questionnaire on their own copy and submits it,
 * seeing nobody else's answers until then. The assessment is then scored from the team's answers
 * ({@code scoring}: the lower median of the scored answers, "I don't know" left out), and the team page shows
 * where the members agree, where they do not, and what to talk about, linked to the guide.
 */
package app.runway.team;
