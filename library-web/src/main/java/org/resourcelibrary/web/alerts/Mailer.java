package org.resourcelibrary.web.alerts;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends alert e-mails through the configured SMTP server (Jakarta Mail). */
final class Mailer {

    /** How long to wait for the SMTP server to connect or answer, in milliseconds. */
    static final String SMTP_TIMEOUT_MS = "30000";

    private final MailSettings settings;
    private final Session session;

    Mailer(MailSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.tls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.tls()));
        properties.put("mail.smtp.auth", String.valueOf(settings.user() != null));
        properties.put("mail.smtp.connectiontimeout", SMTP_TIMEOUT_MS);
        properties.put("mail.smtp.timeout", SMTP_TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", SMTP_TIMEOUT_MS);
        this.session = Session.getInstance(properties);
    }

    /**
     * Sends a letter: its words as plain text and as HTML (the reader's mail client shows the one it can), said to
     * be in the letter's language.
     *
     * @param unsubscribe the one-click unsubscribe address (RFC 8058), or null for a message that starts nothing
     *                    (the confirmation: until confirmed there is nothing to unsubscribe from)
     */
    void send(String to, Letter letter, String unsubscribe) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.sender()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        message.setContentLanguage(new String[] {letter.language()});
        MimeBodyPart text = new MimeBodyPart();
        text.setText(letter.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(letter.html(), StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        if (unsubscribe != null) {
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (settings.user() != null) {
            Transport.send(message, settings.user(), settings.password());
        } else {
            Transport.send(message);
        }
    }
}
