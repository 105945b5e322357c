package org.resourcelibrary.web.excerpt;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pages named the way people name them: numbers and ranges separated by commas ({@code 3,7-9}), 1-based, in
 * the original's order, each once.
 *
 * @param pages the pages, ascending, without repeats
 */
public record PageList(List<Integer> pages) {

    private static final Pattern PART = Pattern.compile("\\s*(\\d{1,9})\\s*(?:-\\s*(\\d{1,9})\\s*)?");

    public PageList {
        pages = List.copyOf(pages);
    }

    /**
     * Parses a page list.
     *
     * @param maxPages the most pages a list may name
     * @throws IllegalArgumentException saying what is wrong, in words a member understands
     */
    public static PageList parse(String text, int maxPages) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("name the pages, such as 3,7-9");
        }
        TreeSet<Integer> pages = new TreeSet<>();
        for (String part : text.split(",", -1)) {
            Matcher matcher = PART.matcher(part);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("'" + shorten(part.strip()) + "' is not a page number or a range"
                        + " such as 7-9");
            }
            int first = Integer.parseInt(matcher.group(1));
            int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
            if (first < 1) {
                throw new IllegalArgumentException("pages are numbered from 1");
            }
            if (last < first) {
                throw new IllegalArgumentException("the range " + first + "-" + last + " runs backwards");
            }
            if ((long) last - first + 1 > maxPages) {
                throw tooMany(maxPages);
            }
            for (int page = first; page <= last; page++) {
                pages.add(page);
            }
            if (pages.size() > maxPages) {
                throw tooMany(maxPages);
            }
        }
        return new PageList(List.copyOf(pages));
    }

    /** The last page named. */
    public int last() {
        return pages.get(pages.size() - 1);
    }

    /** The pages written back as a page list, runs as ranges: {@code 3, 7-9}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < pages.size()) {
            int j = i;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
                j++;
            }
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(pages.get(i));
            if (j > i) {
                text.append('-').append(pages.get(j));
            }
            i = j + 1;
        }
        return text.toString();
    }

    /** The same pages as a {@code pages} parameter value: {@code 3,7-9}. */
    public String param() {
        return toString().replace(", ", ",");
    }

    /** Where these pages of document {@code id} are downloaded, cut from its original PDF. */
    public String href(String id) {
        return "/api/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/pages?pages=" + param();
    }

    /** The page list of some pages (as a results page names a hit's matching pages). */
    public static PageList of(java.util.Collection<Integer> pages) {
        return new PageList(pages.stream().filter(p -> p != null && p > 0).sorted().distinct()
                .collect(Collectors.toList()));
    }

    private static IllegalArgumentException tooMany(int maxPages) {
        return new IllegalArgumentException("at most " + maxPages + " pages can be cut at once");
    }

    private static String shorten(String part) {
        int limit = 20;
        return part.length() <= limit ? part : part.substring(0, limit) + "…";
    }
}
