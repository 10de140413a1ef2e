package dev.applypilot.server.dashboard;

import dev.applypilot.server.dashboard.mail.Mailer;
import dev.applypilot.server.sync.Transactions;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Due follow-up reminders and the opt-in weekly summary, by mail. Every instance runs this; the claim is an insert
 * into {@code reminder_mails} / {@code summary_mails} whose primary key lets exactly one instance win each mail
 * ({@code ON CONFLICT DO NOTHING RETURNING}), committed before sending. A mail whose SMTP send fails is logged and
 * not retried (at most once, never twice).
 */
@Singleton
class ScheduledMails {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledMails.class);
    private static final int BATCH = 200;
    private final Transactions transactions;
    private final Mailer mailer;
    private final String publicUrl;

    ScheduledMails(Transactions transactions, Mailer mailer, @Value("${applypilot.public-url}") String publicUrl) {
        this.transactions = transactions;
        this.mailer = mailer;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    record DueReminder(String email, String jobId, String title, String company, String note) {
    }

    record Summary(String email, int sent, int responses, int interviews, int open) {
    }

    @Scheduled(fixedDelay = "${applypilot.dashboard.mail-poll:1m}", initialDelay = "${applypilot.dashboard.mail-poll:1m}")
    void run() {
        try {
            sendDueReminders();
            sendWeeklySummaries();
        } catch (RuntimeException e) {
            LOG.warn("Scheduled mails failed this round: {}", e.toString());
        }
    }

    /** Mails every due, open reminder not mailed yet (users who turned reminders off are skipped). */
    int sendDueReminders() {
        List<DueReminder> claimed = transactions.write(connection -> {
            List<DueReminder> out = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    with claimed as (
                        insert into reminder_mails (reminder_id, user_id)
                        select r.id, r.user_id from reminders r
                        left join mail_preferences p on p.user_id = r.user_id
                        where r.done_at is null and r.due_at <= now() and coalesce(p.follow_up_reminders, true)
                          and not exists (select 1 from reminder_mails m where m.reminder_id = r.id)
                        order by r.due_at limit ?
                        on conflict do nothing
                        returning reminder_id)
                    select u.email, j.id, j.title, j.company, r.note from claimed c
                    join reminders r on r.id = c.reminder_id join users u on u.id = r.user_id join jobs j on j.id = r.job_id
                    """)) {
                statement.setInt(1, BATCH);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        out.add(new DueReminder(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)));
                    }
                }
            }
            return out;
        });
        for (DueReminder reminder : claimed) {
            String job = reminder.title() + (reminder.company() == null ? "" : " at " + reminder.company());
            mailer.send(reminder.email(), "Follow up: " + job, "It is time to follow up on your application for " + job + ".\n\n"
                    + (reminder.note() == null || reminder.note().isBlank() ? "" : "Your note: " + reminder.note() + "\n\n")
                    + "Open it: " + publicUrl + "/app/jobs/" + reminder.jobId() + "\n\n"
                    + "You get these because follow-up reminders are on: " + publicUrl + "/app/settings#mail\n");
        }
        return claimed.size();
    }

    /** One summary per opted-in user and calendar week (Monday start, UTC), covering the last seven days. */
    int sendWeeklySummaries() {
        List<Summary> claimed = transactions.write(connection -> {
            List<Summary> out = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    with claimed as (
                        insert into summary_mails (user_id, week_start)
                        select p.user_id, date_trunc('week', now() at time zone 'UTC')::date from mail_preferences p
                        where p.weekly_summary
                          and not exists (select 1 from summary_mails s where s.user_id = p.user_id
                                          and s.week_start = date_trunc('week', now() at time zone 'UTC')::date)
                        limit ?
                        on conflict do nothing
                        returning user_id)
                    select u.email,
                      (select count(*) from application_timeline t join applications a on a.job_id = t.job_id
                        where a.user_id = c.user_id and t.to_status = 'APPLIED' and t.at > now() - interval '7 days'),
                      (select count(*) from application_timeline t join applications a on a.job_id = t.job_id
                        where a.user_id = c.user_id and t.at > now() - interval '7 days'
                          and t.to_status in ('INTERVIEW_SCHEDULED', 'INTERVIEW_COMPLETED', 'OFFER_RECEIVED', 'REJECTED', 'ACCEPTED')),
                      (select count(*) from interviews i join applications a on a.job_id = i.job_id
                        where a.user_id = c.user_id and i.created_at > now() - interval '7 days'),
                      (select count(*) from applications a where a.user_id = c.user_id and a.status = 'APPLIED')
                    from claimed c join users u on u.id = c.user_id
                    """)) {
                statement.setInt(1, BATCH);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        out.add(new Summary(rows.getString(1), rows.getInt(2), rows.getInt(3), rows.getInt(4), rows.getInt(5)));
                    }
                }
            }
            return out;
        });
        for (Summary summary : claimed) {
            mailer.send(summary.email(), "Your week: " + summary.sent() + " applications sent", "Your last seven days in ApplyPilot:\n\n"
                    + "Applications sent: " + summary.sent() + "\n"
                    + "Responses: " + summary.responses() + "\n"
                    + "Interviews scheduled: " + summary.interviews() + "\n"
                    + "Still waiting to hear back: " + summary.open() + "\n\n"
                    + "Your board: " + publicUrl + "/app\n"
                    + "Turn this summary off: " + publicUrl + "/app/settings#mail\n");
        }
        return claimed.size();
    }
}
