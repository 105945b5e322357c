package org.resourcelibrary.web.alerts;

/** Alerts cannot be used: no SMTP server is configured. */
public final class AlertsOff extends Exception {

    public AlertsOff() {
        super("alerts are off: no SMTP server configured");
    }
}
