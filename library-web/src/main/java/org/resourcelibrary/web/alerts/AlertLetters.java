package org.resourcelibrary.web.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.alerts.Letter.Block;
import org.resourcelibrary.web.alerts.Letter.Document;
import org.resourcelibrary.web.alerts.Letter.Documents;
import org.resourcelibrary.web.alerts.Letter.Link;
import org.resourcelibrary.web.alerts.Letter.Paragraph;
import org.resourcelibrary.web.alerts.Subscription.Frequency;
import org.resourcelibrary.web.i18n.Messages;

/**
 * The alert e-mails, written in the subscription's language from the interface's bundles: the words, dates and
 * counts as the pages write them, the search described with its filters' values by their labels in that
 * language, and the links to the alert's pages in that language too.
 */
final class AlertLetters {

    /** Documents listed in one digest; the rest are one link away. */
    static final int MAX_DIGEST_DOCUMENTS = 20;
    /** What a document is, as the digest says it beside its title. */
    private static final List<Dimension> ABOUT = List.of(Dimension.TYPE, Dimension.COUNTRY, Dimension.LANGUAGE,
            Dimension.YEAR);
    private static final String BETWEEN_PARTS = " · ";
    private static final String BETWEEN_VALUES = ", ";

    private final Vocabulary vocabulary;
    private final Function<String, SearchRequest> searches;

    /** @param searches a stored search's query string as the search it names */
    AlertLetters(Vocabulary vocabulary, Function<String, SearchRequest> searches) {
        this.vocabulary = vocabulary;
        this.searches = searches;
    }

    /** The e-mail asking to confirm a subscription, the only one sent before it is confirmed. */
    Letter confirmation(String language, Frequency frequency, String search, String site, String token) {
        Messages ui = Messages.in(language);
        return new Letter(language, ui.text("alert.mail.confirm.subject"), List.of(
                new Paragraph(ui.text("alert.mail.greeting")),
                new Paragraph(ui.text(frequency == Frequency.DAILY ? "alert.mail.confirm.daily"
                        : "alert.mail.confirm.weekly")),
                searchLink(ui, search, site),
                new Paragraph(ui.text("alert.mail.confirm.action")),
                new Link(ui.text("alert.confirm"), page(site, "/alerts/confirm", token, language)),
                new Paragraph(ui.text("alert.mail.confirm.ignore"))));
    }

    /** The digest of the documents added to a subscription's search from its last one to {@code until}. */
    Letter digest(Subscription subscription, List<Resource> added, Instant until) {
        String language = subscription.language();
        Messages ui = Messages.in(language);
        List<Block> blocks = new ArrayList<>(List.of(
                new Paragraph(ui.text("alert.mail.greeting")),
                new Paragraph(ui.text("alert.mail.digest.intro", ui.date(day(subscription.since())),
                        ui.date(day(until)))),
                searchLink(ui, subscription.search(), subscription.site()),
                new Documents(added.subList(0, Math.min(added.size(), MAX_DIGEST_DOCUMENTS)).stream()
                        .map(resource -> document(resource, subscription.site(), language)).toList())));
        if (added.size() > MAX_DIGEST_DOCUMENTS) {
            blocks.add(new Paragraph(ui.text("alert.mail.digest.more", added.size() - MAX_DIGEST_DOCUMENTS)));
        }
        blocks.add(new Link(ui.text("alert.stop"),
                page(subscription.site(), "/alerts/unsubscribe", subscription.token(), language)));
        blocks.add(new Link(ui.text("alert.forget"),
                page(subscription.site(), "/alerts/forget", subscription.token(), language)));
        return new Letter(language, ui.text("alert.mail.digest.subject", added.size()), blocks);
    }

    /** The search in words ("“supervision” · Country: Zambia · Year: 2019–2024"), in {@code ui}'s language. */
    private String describe(SearchRequest search, Messages ui) {
        List<String> parts = new ArrayList<>();
        if (search.query() != null && !search.query().isBlank()) {
            parts.add(ui.text("alert.mail.search.query", search.query().strip()));
        }
        for (Dimension dimension : Dimension.values()) {
            List<String> codes = search.filters().getOrDefault(dimension, List.of());
            if (!codes.isEmpty()) {
                parts.add(ui.text("alert.mail.search.filter", ui.heading(dimension), labels(dimension, codes,
                        ui.language())));
            }
        }
        years(search, ui).ifPresent(years -> parts.add(ui.text("alert.mail.search.filter",
                ui.heading(Dimension.YEAR), years)));
        return parts.isEmpty() ? ui.text("alert.mail.search.everything") : String.join(BETWEEN_PARTS, parts);
    }

    /** The span of publication years the search keeps, as the language writes it; years are never grouped. */
    private static Optional<String> years(SearchRequest search, Messages ui) {
        String from = search.yearFrom() == null ? null : String.valueOf(search.yearFrom());
        String to = search.yearTo() == null ? null : String.valueOf(search.yearTo());
        if (from != null && to != null) {
            return Optional.of(ui.text("alert.mail.search.years", from, to));
        }
        if (from != null) {
            return Optional.of(ui.text("alert.mail.search.yearFrom", from));
        }
        return Optional.ofNullable(to).map(year -> ui.text("alert.mail.search.yearTo", year));
    }

    private Link searchLink(Messages ui, String search, String site) {
        return new Link(describe(searches.apply(search), ui), site + "/?" + search);
    }

    private Document document(Resource resource, String site, String language) {
        String about = ABOUT.stream().map(dimension -> labels(dimension, dimension.valuesOf(resource), language))
                .filter(labels -> !labels.isEmpty()).collect(Collectors.joining(BETWEEN_PARTS));
        return new Document(resource.title(), resource.organization() == null ? "" : resource.organization(), about,
                site + Hit.documentUrl(resource.id()));
    }

    private String labels(Dimension dimension, List<String> codes, String language) {
        return codes.stream().map(code -> vocabulary.label(dimension, code, language))
                .collect(Collectors.joining(BETWEEN_VALUES));
    }

    /** One of the alert's pages for people, in the language its e-mails are written in. */
    private static String page(String site, String path, String token, String language) {
        return site + path + "?token=" + token + "&" + Messages.PARAM + "=" + language;
    }

    /** The day of a moment at UTC, the server's clock for every member, as the pages date things. */
    private static LocalDate day(Instant moment) {
        return LocalDate.ofInstant(moment, ZoneOffset.UTC);
    }
}
