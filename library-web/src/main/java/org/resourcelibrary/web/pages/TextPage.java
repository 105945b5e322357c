package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import java.util.List;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.web.excerpt.PageList;
import org.resourcelibrary.web.i18n.Messages;

/**
 * {@code GET /documents/{id}/text?page=N}: a document's extracted text one page at a time, with the pages
 * before and after: reading on a slow connection without downloading the file.
 */
final class TextPage {

    static final String PAGE = "page";

    private final LibrarySearch library;
    private final Templates templates;

    TextPage(LibrarySearch library, Templates templates) {
        this.library = library;
        this.templates = templates;
    }

    void render(Context ctx) {
        String id = ctx.pathParam("id");
        Resource resource = library.get(id).orElse(null);
        if (resource == null) {
            ErrorPages.documentNotFound(ctx, templates, id);
            return;
        }
        List<String> pages = library.pages(id, Integer.MAX_VALUE);
        Integer page = page(ctx.queryParam(PAGE));
        if (page == null || page < 1 || page > Math.max(pages.size(), 1)) {
            Messages ui = Messages.of(ctx);
            ErrorPages.render(ctx, templates, new ErrorView(page == null ? 400 : 404, ui.text("error.noPage.title"),
                    ui.text("error.noPage", ctx.queryParam(PAGE), pages.size())));
            return;
        }
        String text = pages.isEmpty() ? "" : pages.get(page - 1).strip();
        templates.render(ctx, "text.jte", new TextView(resource.title(), Messages.of(ctx).href(Hit.documentUrl(id)), page, pages.size(),
                List.of(text.split("\\n\\s*\\n")),
                page > 1 ? href(id, page - 1) : null,
                page < pages.size() ? href(id, page + 1) : null,
                "application/pdf".equals(resource.mediaType())
                        ? PageList.of(List.of(page)).href(id) : null));
    }

    /** The address of page {@code page} of document {@code id}'s text. */
    static String href(String id, int page) {
        return Hit.documentUrl(id) + "/text?page=" + page;
    }

    private static Integer page(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
