package org.resourcelibrary.core.search;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import org.resourcelibrary.core.model.MetadataField;

/**
 * Why a request was refused, said without a door or a language: a message key, and the English wording as a
 * {@link MessageFormat} pattern (the API's and the CLI's message). An interface translates the key with the
 * same arguments; every constant of an implementing enum is one such reason. An argument that names something
 * the interface has words for is a {@link MetadataField} (written as its key in English, as an interface names
 * the field in its language), a {@link Dimension} (its parameter in English, its heading in an interface) or
 * {@link Worded} (a value of the vocabulary, a list of them), so that each
 * language names it in its own words.
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
        return new MessageFormat(english(), Locale.ROOT).format(in(ENGLISH, arguments));
    }

    /** The language of {@link #english()}, as {@link Worded#in} names it. */
    String ENGLISH = "en";

    /**
     * The arguments as a refusal says them in {@code language}: each {@link Worded} one in its words, a field by
     * its key and fields by their keys, joined, a dimension by its parameter (an interface names fields and
     * dimensions itself first).
     */
    static Object[] in(String language, Object... arguments) {
        return Arrays.stream(arguments).map(a -> a instanceof Worded worded ? worded.in(language)
                : a instanceof MetadataField field ? field.key()
                : a instanceof MetadataField[] fields ? String.join(", ", Arrays.stream(fields)
                        .map(MetadataField::key).toList())
                : a instanceof Dimension dimension ? dimension.param() : a).toArray();
    }

    /** An argument with words of its own in each language of the interface. */
    @FunctionalInterface
    interface Worded {

        /** How it is written in {@code language} (en, fr, es or pt). */
        String in(String language);
    }
}
