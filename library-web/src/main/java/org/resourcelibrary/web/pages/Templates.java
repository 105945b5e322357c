package org.resourcelibrary.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;
import org.resourcelibrary.web.PublicAddress;
import org.resourcelibrary.web.i18n.Messages;

/**
 * Renders the precompiled jte templates ({@code src/main/jte}) as HTML: every value is escaped unless a
 * template says {@code $unsafe}, which only snippets (escaped by the core) do.
 */
final class Templates {

    /** Pages show the library as it is now: browsers revalidate them every time. */
    static final String CACHE_CONTROL = "no-cache";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final StaticAssets assets;
    private final PublicAddress address;

    Templates(StaticAssets assets, PublicAddress address) {
        this.assets = assets;
        this.address = address;
    }

    /**
     * Renders {@code template} with {@code view} (and the asset URLs, and the interface's words in the page's
     * language) as the response body.
     */
    void render(Context ctx, String template, Object view) {
        StringOutput output = new StringOutput();
        Messages ui = Messages.of(ctx);
        engine.render(template, Map.of("view", view, "assets", assets, "pageHead", PageHead.of(ctx, address, view),
                "ui", ui), output);
        ctx.header("Cache-Control", CACHE_CONTROL).html(output.toString());
    }
}
