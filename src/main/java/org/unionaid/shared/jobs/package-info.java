/**
 * Scheduled jobs across instances: which instance this is ({@link InstanceId}) and the record of every run a job
 * made after winning its ShedLock lock ({@link JobRuns}, table {@code job_run}).
 */
@NullMarked
package org.unionaid.shared.jobs;

import org.jspecify.annotations.NullMarked;
