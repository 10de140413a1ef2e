package dev.applypilot.server.dashboard.mail;

import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends plain-text mail over SMTP (Angus Mail); with no SMTP host configured it logs the message instead. */
@Singleton
public class Mailer {
    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
    private final MailSettings settings;
    private final Session session;

    Mailer(MailSettings settings) {
        this.settings = settings;
        this.session = configured() ? session(settings) : null;
    }

    public void send(String to, String subject, String text) {
        if (session == null) {
            LOG.info("Mail (no SMTP host configured) to={} subject=\"{}\"\n{}", to, subject, text);
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            // A mail that cannot go out must not fail the request that caused it (sign-up, reset); it is logged.
            LOG.warn("Mail to {} (\"{}\") could not be sent: {}", to, subject, e.getMessage());
        }
    }

    private boolean configured() {
        return settings.host() != null && !settings.host().isBlank();
    }

    private static Session session(MailSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.starttls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        boolean auth = settings.username() != null && !settings.username().isBlank();
        properties.put("mail.smtp.auth", Boolean.toString(auth));
        if (!auth) {
            return Session.getInstance(properties);
        }
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), settings.password());
            }
        });
    }
}
