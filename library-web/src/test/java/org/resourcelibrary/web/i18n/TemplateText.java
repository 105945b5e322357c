package org.resourcelibrary.web.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a jte template would show that are written in it rather than looked up: text between tags and the
 * values of attributes a person sees or hears ({@code aria-label}, {@code placeholder}, {@code title},
 * {@code alt}), outside every {@code ${…}} expression and jte directive. Code inside directives is skipped, but
 * the template text inside a content block ({@code @`…`}) is scanned like the rest.
 */
final class TemplateText {

    /** Attributes whose values a person sees or hears. */
    private static final Set<String> SHOWN = Set.of("aria-label", "placeholder", "title", "alt");
    /** Written in the template on purpose: names that are the same in every language (a file name, the API). */
    private static final Set<String> ALLOWED = Set.of("API", "thesaurus.csv");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}");

    private final String source;
    private final List<String> words = new ArrayList<>();
    private int at;

    private TemplateText(String source) {
        this.source = source;
    }

    static List<String> words(String template) {
        TemplateText scan = new TemplateText(template);
        scan.text(-1);
        return scan.words;
    }

    /** Template text up to {@code end} (a closing backtick), or to the end of the file when -1. */
    private void text(int end) {
        StringBuilder run = new StringBuilder();
        while (at < source.length()) {
            char c = source.charAt(at);
            if (end != -1 && c == end) {
                at++;
                break;
            }
            if (starts("${") || starts("$unsafe{")) {
                flush(run);
                at = source.indexOf('{', at);
                skipBalanced('{', '}');
            } else if (starts("@import") || starts("@param")) {
                flush(run);
                int line = source.indexOf('\n', at);
                at = line == -1 ? source.length() : line + 1;
            } else if (starts("@if(") || starts("@elseif(") || starts("@for(")) {
                flush(run);
                at = source.indexOf('(', at);
                skipBalanced('(', ')');
            } else if (starts("@template.")) {
                flush(run);
                at = source.indexOf('(', at);
                skipBalanced('(', ')');
            } else if (starts("@else") || starts("@endif") || starts("@endfor")) {
                flush(run);
                at++;
                while (at < source.length() && Character.isLetter(source.charAt(at))) {
                    at++;
                }
            } else if (starts("<!--")) {
                flush(run);
                at = source.indexOf("-->", at) + 3;
            } else if (c == '<' && at + 1 < source.length() && (Character.isLetter(source.charAt(at + 1))
                    || source.charAt(at + 1) == '/' || source.charAt(at + 1) == '!')) {
                flush(run);
                tag();
            } else {
                run.append(c);
                at++;
            }
        }
        flush(run);
    }

    private void tag() {
        at++;
        StringBuilder name = new StringBuilder();
        while (at < source.length() && source.charAt(at) != '>') {
            char c = source.charAt(at);
            if (starts("${")) {
                at++;
                skipBalanced('{', '}');
            } else if (c == '"') {
                String attribute = name.toString().strip().replaceAll(".*\\s", "").replace("=", "");
                StringBuilder value = new StringBuilder();
                at++;
                while (at < source.length() && source.charAt(at) != '"') {
                    if (starts("${")) {
                        at++;
                        skipBalanced('{', '}');
                        value.append(' ');
                    } else {
                        value.append(source.charAt(at++));
                    }
                }
                at++;
                if (SHOWN.contains(attribute)) {
                    flush(value);
                }
                name.setLength(0);
            } else {
                name.append(c);
                at++;
            }
        }
        at++;
    }

    /** Code up to its closing bracket, except the template text of content blocks in it, which is scanned. */
    private void skipBalanced(char open, char close) {
        int depth = 0;
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == '"') {
                skipString();
                continue;
            }
            if (starts("@`")) {
                at += 2;
                text('`');
                continue;
            }
            at++;
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return;
            }
        }
    }

    private void skipString() {
        at++;
        while (at < source.length() && source.charAt(at) != '"') {
            at += source.charAt(at) == '\\' ? 2 : 1;
        }
        at++;
    }

    private boolean starts(String prefix) {
        return source.startsWith(prefix, at);
    }

    private void flush(StringBuilder run) {
        String text = run.toString().strip();
        run.setLength(0);
        if (LETTERS.matcher(text).find() && !ALLOWED.contains(text)) {
            words.add(text.replaceAll("\\s+", " "));
        }
    }
}
