/**
 * The audit log: who did what and when (sign-ins, submissions, review changes, state changes,
 * admin actions). Written by the features, read by admins.
 */
package app.runway.audit;
