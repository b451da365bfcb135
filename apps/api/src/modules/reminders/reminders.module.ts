import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { ApprovalsInfrastructureModule } from '../approvals/approvals-infrastructure.module.js';
import { SendRemindersJob } from './jobs/send-reminders.job.js';
import { StartDueReviewsJob } from './jobs/start-due-reviews.job.js';
import { REMINDER_SOURCES, type ReminderSource } from './reminder-source.js';
import { ApprovalDeadlineReminders } from './sources/approval-deadline.reminders.js';
import { CommitmentDueReminders } from './sources/commitment-due.reminders.js';
import { CommitmentOverdueDigest } from './sources/commitment-overdue-digest.reminders.js';
import { RenewalNoticeReminders } from './sources/renewal-notice.reminders.js';

/** Scheduled reminders and the automatic renewal review. Add a source to the list below. */
// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Module({
  imports: [AgreementsModule, ApprovalsInfrastructureModule],
  providers: [
    ApprovalDeadlineReminders,
    RenewalNoticeReminders,
    CommitmentDueReminders,
    CommitmentOverdueDigest,
    {
      provide: REMINDER_SOURCES,
      inject: [
        ApprovalDeadlineReminders,
        RenewalNoticeReminders,
        CommitmentDueReminders,
        CommitmentOverdueDigest,
      ],
      useFactory: (...sources: ReminderSource[]) => sources,
    },
    SendRemindersJob,
    StartDueReviewsJob,
  ],
})
export class RemindersModule {}
