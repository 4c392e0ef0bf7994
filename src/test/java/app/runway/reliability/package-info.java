/**
 * Tests that run the packaged jar as a separate process and kill it with SIGKILL while users write,
 * then check that every write Runway acknowledged is still there after a restart.
 */
package app.runway.reliability;
