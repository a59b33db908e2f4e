/**
 * The stage of lesson 10, not the lesson: what brings named threads to known states and holds
 * them there ({@link dev.threadlessons.introspection.stage.StateLineup} and the work its threads
 * run), waits with a deadline until a state is reached
 * ({@link dev.threadlessons.introspection.stage.Polling}), writes each section of the demo
 * ({@link dev.threadlessons.introspection.stage.ThreadReport}) and checks the listing for the
 * verdict ({@link dev.threadlessons.introspection.stage.ListingCheck}). The lesson itself, the
 * calls that ask the JVM about its threads and a semaphore about its queue, is in
 * {@code dev.threadlessons.introspection}.
 */
package dev.threadlessons.introspection.stage;
