package org.resourcelibrary.web.metrics;

import java.util.List;

/**
 * Writes the Prometheus text exposition format (version 0.0.4): {@code # HELP} and {@code # TYPE} lines, then
 * samples {@code name{label="value",...} number}, label values escaped.
 */
public final class PrometheusText {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder text = new StringBuilder(4096);

    /** Starts a metric family. */
    public PrometheusText family(String name, String type, String help) {
        text.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n"))
                .append('\n');
        text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        return this;
    }

    /** A gauge or counter family with one unlabelled sample. */
    public PrometheusText single(String name, String type, String help, double value) {
        return family(name, type, help).sample(name, List.of(), value);
    }

    /** A sample; {@code labels} alternates names and values. */
    public PrometheusText sample(String name, List<String> labels, double value) {
        text.append(name);
        if (!labels.isEmpty()) {
            text.append('{');
            for (int i = 0; i < labels.size(); i += 2) {
                if (i > 0) {
                    text.append(',');
                }
                text.append(labels.get(i)).append("=\"").append(escape(labels.get(i + 1))).append('"');
            }
            text.append('}');
        }
        text.append(' ').append(number(value)).append('\n');
        return this;
    }

    static String number(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
