package org.resourcelibrary.web;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/**
 * The parts of an alert e-mail as a mail client reads them (decoded from their transfer encoding), where the raw
 * body would show quoted-printable soft breaks and {@code =3D}.
 */
public final class MailParts {

    private MailParts() {
    }

    /** The plain-text part. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The HTML part. */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) {
        try {
            Multipart parts = (Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("no " + type + " part in the message");
        } catch (MessagingException | IOException e) {
            throw new AssertionError("unreadable message", e);
        }
    }
}
