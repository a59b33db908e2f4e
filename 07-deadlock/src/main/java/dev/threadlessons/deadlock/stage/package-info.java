/**
 * The stage of lesson 07, not the lesson: what forces the deadlock on every run
 * ({@link dev.threadlessons.deadlock.stage.ForcedDeadlock}, through the
 * {@link dev.threadlessons.deadlock.stage.BetweenLocks} hook), runs random transfers on many
 * threads ({@link dev.threadlessons.deadlock.stage.TransferWorkload}), asks the JVM for
 * deadlocked threads and reports them
 * ({@link dev.threadlessons.deadlock.stage.DeadlockDetector}); and the levels of the scheduler
 * game, in which the player decides which teller's transfer takes its next step
 * ({@link dev.threadlessons.deadlock.stage.TransferLevel} and its four levels). The lesson
 * itself, the accounts and the broken and fixed transfers, is in {@code dev.threadlessons.deadlock}.
 */
package dev.threadlessons.deadlock.stage;
