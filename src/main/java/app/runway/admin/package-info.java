/**
 * Running the portal, for admins: user accounts (create mentors and admins, disable and enable,
 * reset passwords), reloading the guide from its configured location (refused with every
 * {@code path:line} problem, or applied whole), and the audit log, filterable. Every change is
 * audited; the pages sit under {@code /admin}, which only admins reach.
 */
package app.runway.admin;
