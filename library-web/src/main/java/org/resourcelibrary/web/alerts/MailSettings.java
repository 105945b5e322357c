package org.resourcelibrary.web.alerts;

import java.util.Map;
import java.util.Optional;

/**
 * How alert e-mails are sent. Without an SMTP host alerts are off (and say so), they do not fail.
 *
 * @param tls      whether to require STARTTLS before authenticating
 * @param sender   the From address
 */
public record MailSettings(String host, int port, String user, String password, boolean tls, String sender) {

    public static final String HOST_VARIABLE = "LIBRARY_SMTP_HOST";
    public static final String PORT_VARIABLE = "LIBRARY_SMTP_PORT";
    public static final String USER_VARIABLE = "LIBRARY_SMTP_USER";
    public static final String PASSWORD_VARIABLE = "LIBRARY_SMTP_PASSWORD";
    public static final String TLS_VARIABLE = "LIBRARY_SMTP_TLS";
    public static final String SENDER_VARIABLE = "LIBRARY_MAIL_FROM";
    public static final int DEFAULT_PORT = 587;
    public static final String DEFAULT_SENDER = "library@localhost";

    public MailSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("an SMTP host is needed to send alerts");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(PORT_VARIABLE + " must be between 1 and 65535, got " + port);
        }
        if (sender == null || !sender.contains("@")) {
            throw new IllegalArgumentException(SENDER_VARIABLE + " must be an e-mail address, got '" + sender + "'");
        }
    }

    /**
     * The settings in the environment, or empty when no SMTP host is set (alerts are then off).
     *
     * @throws IllegalArgumentException naming the variable whose value is invalid
     */
    public static Optional<MailSettings> fromEnvironment(Map<String, String> environment) {
        String host = environment.get(HOST_VARIABLE);
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        int port = DEFAULT_PORT;
        String value = environment.get(PORT_VARIABLE);
        if (value != null && !value.isBlank()) {
            try {
                port = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(PORT_VARIABLE + " must be a whole number, got '" + value + "'", e);
            }
        }
        boolean tls = !"false".equalsIgnoreCase(environment.getOrDefault(TLS_VARIABLE, "true").strip());
        return Optional.of(new MailSettings(host.strip(), port, environment.get(USER_VARIABLE),
                environment.get(PASSWORD_VARIABLE), tls, environment.getOrDefault(SENDER_VARIABLE, DEFAULT_SENDER)));
    }
}
