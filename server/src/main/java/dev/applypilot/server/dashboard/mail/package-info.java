/** Outgoing mail (SMTP via Angus Mail, or the log when no SMTP host is set) and the account mails built on it. */
package dev.applypilot.server.dashboard.mail;
