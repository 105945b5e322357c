package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.OcrStatus;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.Edition;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.PublicAddress;
import org.resourcelibrary.web.cite.DocumentCitation;
import org.resourcelibrary.web.cite.DocumentCitations;
import org.resourcelibrary.web.i18n.Messages;
import org.resourcelibrary.web.pages.DocumentView.Field;
import org.resourcelibrary.web.pages.DocumentView.PreviewPage;
import org.resourcelibrary.web.pages.DocumentView.Similar;
import org.resourcelibrary.web.pages.SearchView.EditionLink;
import org.resourcelibrary.web.pages.SearchView.Link;

/** {@code GET /documents/{id}}: a document's metadata, download, the text of its first pages, similar ones. */
final class DocumentPage {

    /** Pages of text shown in the preview. */
    static final int PREVIEW_PAGES = 3;
    /** Characters of a page shown in the preview; the rest is in the download. */
    static final int PREVIEW_CHARS_PER_PAGE = 4_000;
    /** Similar documents listed. */
    static final int SIMILAR = 5;

    /** Dates as each language writes them in full ("5 December 2026", "5 décembre 2026"). */
    private static final FormatStyle DATE = FormatStyle.LONG;
    /** The message saying where a field's value came from. */
    private static final Map<FieldSource, String> SOURCES = Map.of(
            FieldSource.EDIT, "document.source.edit",
            FieldSource.MANIFEST, "document.source.manifest",
            FieldSource.UPLOAD, "document.source.upload",
            FieldSource.PROPERTIES, "document.source.properties",
            FieldSource.INFERRED, "document.source.inferred");

    private final LibrarySearch library;
    private final Vocabulary vocabulary;
    private final Templates templates;
    private final DocumentCitations citations;
    private final PublicAddress address;
    private final EditionLinks editionLinks;

    DocumentPage(LibrarySearch library, Vocabulary vocabulary, Templates templates, PublicAddress address) {
        this.address = address;
        this.library = library;
        this.vocabulary = vocabulary;
        this.templates = templates;
        this.citations = new DocumentCitations(vocabulary);
        this.editionLinks = new EditionLinks(vocabulary);
    }

    void render(Context ctx) {
        String id = ctx.pathParam("id");
        Messages ui = Messages.of(ctx);
        Labels labels = new Labels(vocabulary, ui.language());
        Resource resource = library.get(id).orElse(null);
        if (resource == null) {
            ErrorPages.documentNotFound(ctx, templates, id);
            return;
        }
        String pageUrl = address.url(ctx, Hit.documentUrl(id));
        DocumentCitation cite = citations.of(resource, pageUrl, address.url(ctx, Hit.fileUrl(id)),
                labels.language());
        List<Edition> editions = resource.work() == null ? List.of()
                : Edition.others(library.editions(resource.work()), id);
        List<Edition> absolute = editions.stream().map(e -> new Edition(e.id(), e.language(), e.title(),
                address.url(ctx, e.url()))).toList();
        List<EditionLink> alternates = new ArrayList<>();
        if (!editions.isEmpty()) {
            // The page names itself among its languages, as search engines ask of hreflang links.
            alternates.add(new EditionLink(resource.language(), resource.title(), pageUrl));
            absolute.forEach(e -> alternates.add(new EditionLink(e.language(), e.title(), e.url())));
        }
        templates.render(ctx, "document.jte", view(ui, resource, labels, cite,
                editionLinks.of(editions, EditionLinks.inLanguage(ctx.queryParam("lang"))),
                alternates.stream().filter(link -> link.language() != null).toList(),
                DocumentCitations.translations(pageUrl, absolute)));
    }

    DocumentView view(Messages ui, Resource r, Labels labels, DocumentCitation cite, List<EditionLink> editions,
                      List<EditionLink> alternates, String translations) {
        List<Field> fields = new ArrayList<>();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(DATE).withLocale(ui.locale())
                .withZone(ZoneOffset.UTC);
        add(ui, fields, r, MetadataField.TYPE, "document.field.type", Dimension.TYPE,
                r.type() == null ? List.of() : List.of(r.type()), labels);
        add(ui, fields, r, MetadataField.COUNTRIES, "document.field.countries", Dimension.COUNTRY, r.countries(),
                labels);
        List<String> regions = r.countries().stream().map(c -> vocabulary.regionOf(c).orElse(null))
                .filter(java.util.Objects::nonNull).distinct().toList();
        add(ui, fields, r, MetadataField.COUNTRIES, "document.field.regions", Dimension.REGION, regions, labels);
        add(ui, fields, r, MetadataField.TOPICS, "document.field.topics", Dimension.TOPIC, r.topics(), labels);
        add(ui, fields, r, MetadataField.LANGUAGE, "document.field.language", Dimension.LANGUAGE,
                r.language() == null ? List.of() : List.of(r.language()), labels);
        if (r.year() != null) {
            fields.add(new Field(ui.text("document.field.year"), List.of(new Link(r.year().toString(),
                    ui.href(SearchForm.empty().withYears(r.year(), r.year()).href()), false)),
                    source(ui, r, MetadataField.YEAR)));
        }
        add(ui, fields, r, MetadataField.ORGANIZATION, "document.field.organization", Dimension.ORGANIZATION,
                r.organization() == null ? List.of() : List.of(r.organization()), labels);
        text(ui, fields, r, MetadataField.AUTHORS, "document.field.authors", r.authors());
        text(ui, fields, r, MetadataField.KEYWORDS, "document.field.keywords", r.keywords());
        if (r.added() != null) {
            fields.add(new Field(ui.text("document.field.added"), List.of(new Link(date.format(r.added()), null,
                    false)), null));
        }
        if (r.modified() != null) {
            fields.add(new Field(ui.text("document.field.updated"), List.of(new Link(date.format(r.modified()),
                    null, false)), null));
        }
        List<String> text = extractionNotes(ui, r.extraction());
        if (!text.isEmpty()) {
            fields.add(new Field(ui.text("document.field.text"), text.stream().map(t -> new Link(t, null, false))
                    .toList(), null));
        }
        return new DocumentView(r.id(), r.title(), r.summary(), badges(r, labels), fields, Hit.fileUrl(r.id()),
                r.fileName(), fileDescription(ui, r), preview(r), previewNote(ui, r), similar(ui, r.id(), labels),
                cite, editions, alternates, translations);
    }

    private void add(Messages ui, List<Field> fields, Resource r, MetadataField field, String label,
                     Dimension dimension, List<String> codes, Labels labels) {
        if (codes.isEmpty()) {
            return;
        }
        List<Link> values = codes.stream().map(code -> new Link(labels.of(dimension, code),
                ui.href(SearchForm.empty().toggled(dimension, code).href()), false)).toList();
        fields.add(new Field(ui.text(label), values, source(ui, r, field)));
    }

    private static void text(Messages ui, List<Field> fields, Resource r, MetadataField field, String label,
                             List<String> values) {
        if (!values.isEmpty()) {
            fields.add(new Field(ui.text(label), values.stream().map(v -> new Link(v, null, false)).toList(),
                    source(ui, r, field)));
        }
    }

    private static String source(Messages ui, Resource r, MetadataField field) {
        FieldSource source = r.provenance().get(field);
        return source == null ? null : ui.text(SOURCES.get(source));
    }

    static List<String> badges(String type, List<String> countries, Integer year, String language, Labels labels) {
        List<String> badges = new ArrayList<>();
        if (type != null) {
            badges.add(labels.of(Dimension.TYPE, type));
        }
        badges.addAll(labels.of(Dimension.COUNTRY, countries));
        if (year != null) {
            badges.add(year.toString());
        }
        if (language != null) {
            badges.add(labels.of(Dimension.LANGUAGE, language));
        }
        return badges;
    }

    private static List<String> badges(Resource r, Labels labels) {
        return badges(r.type(), r.countries(), r.year(), r.language(), labels);
    }

    private static List<String> extractionNotes(Messages ui, Extraction extraction) {
        List<String> notes = new ArrayList<>();
        if (extraction == null) {
            return notes;
        }
        notes.add(ui.text("document.text.characters", extraction.chars()));
        if (extraction.ocr() == OcrStatus.PERFORMED) {
            notes.add(ui.text("document.text.ocr"));
        } else if (extraction.ocr() == OcrStatus.NEEDED) {
            notes.add(ui.text("document.text.unread"));
        }
        if (extraction.truncated()) {
            notes.add(ui.text("document.text.truncated"));
        }
        return notes;
    }

    private static String fileDescription(Messages ui, Resource r) {
        List<String> parts = new ArrayList<>();
        parts.add(FileSizes.format(ui, r.mediaType(), r.sizeBytes()));
        Integer pages = r.extraction() == null ? null : r.extraction().pages();
        if (pages != null) {
            parts.add(ui.text("document.pages", pages));
        }
        return String.join(" · ", parts);
    }

    private List<PreviewPage> preview(Resource r) {
        boolean paged = r.extraction() != null && r.extraction().pages() != null;
        List<PreviewPage> preview = new ArrayList<>();
        List<String> pages = library.pages(r.id(), PREVIEW_PAGES);
        for (int i = 0; i < pages.size(); i++) {
            String text = pages.get(i).strip();
            if (text.length() > PREVIEW_CHARS_PER_PAGE) {
                text = text.substring(0, PREVIEW_CHARS_PER_PAGE) + " …";
            }
            List<String> paragraphs = List.of(text.split("\\n\\s*\\n"));
            preview.add(new PreviewPage(i + 1, paragraphs, paged ? Hit.fileUrl(r.id()) + "#page=" + (i + 1) : null));
        }
        return preview;
    }

    private static String previewNote(Messages ui, Resource r) {
        Integer pages = r.extraction() == null ? null : r.extraction().pages();
        if (pages != null && pages > PREVIEW_PAGES) {
            return ui.text("document.previewNote", PREVIEW_PAGES, pages);
        }
        return null;
    }

    private List<Similar> similar(Messages ui, String id, Labels labels) {
        return library.similar(id, SIMILAR).stream()
                .map(hit -> new Similar(hit.title(), ui.href(hit.url()),
                        badges(hit.type(), hit.countries(), hit.year(), hit.language(), labels)))
                .toList();
    }
}
