package org.resourcelibrary.core.search;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Why a request was refused, said without a door or a language: a message key, and the English wording as a
 * {@link MessageFormat} pattern (the API's and the CLI's message). An interface translates the key with the
 * same arguments; every constant of an implementing enum is one such reason.
 */
public interface Refusal {

    /** Prefix of every refusal's message key, so interfaces can tell them from their own words. */
    String KEY_PREFIX = "refusal.";

    /** The message key, e.g. {@code refusal.year.range}: the enum constant's name, lower case, dotted. */
    default String key() {
        return KEY_PREFIX + ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The English wording, a {@link MessageFormat} pattern over the refusal's arguments. */
    String english();

    /** The English wording with its arguments filled in. */
    default String english(Object... arguments) {
        return new MessageFormat(english(), Locale.ROOT).format(arguments);
    }
}
