import { Module } from '@nestjs/common';
import { ApprovalsInfrastructureModule } from '../approvals/approvals-infrastructure.module.js';
import { CalendarController } from './calendar.controller.js';
import { CALENDAR_SOURCES, type CalendarSource } from './calendar-source.js';
import { CreateCalendarTokenHandler } from './commands/create-calendar-token/create-calendar-token.handler.js';
import { RevokeCalendarTokenHandler } from './commands/revoke-calendar-token/revoke-calendar-token.handler.js';
import { GetCalendarFeedHandler } from './queries/get-calendar-feed/get-calendar-feed.handler.js';
import { AgreementDatesCalendar } from './sources/agreement-dates.calendar.js';
import { ApprovalDeadlinesCalendar } from './sources/approval-deadlines.calendar.js';
import { CommitmentsDueCalendar } from './sources/commitments-due.calendar.js';

/** The personal iCalendar feed. Add a source to the list below. */
// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Module({
  imports: [ApprovalsInfrastructureModule],
  controllers: [CalendarController],
  providers: [
    AgreementDatesCalendar,
    ApprovalDeadlinesCalendar,
    CommitmentsDueCalendar,
    {
      provide: CALENDAR_SOURCES,
      inject: [AgreementDatesCalendar, ApprovalDeadlinesCalendar, CommitmentsDueCalendar],
      useFactory: (...sources: CalendarSource[]) => sources,
    },
    CreateCalendarTokenHandler,
    RevokeCalendarTokenHandler,
    GetCalendarFeedHandler,
  ],
})
export class CalendarModule {}
