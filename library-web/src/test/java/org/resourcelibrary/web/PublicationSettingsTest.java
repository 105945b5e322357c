package org.resourcelibrary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public URL and admin e-mail settings: from the environment, overridden by flags, checked at start-up. */
class PublicationSettingsTest {

    @Test
    void thePublicUrlComesFromTheEnvironmentWithoutItsTrailingSlash() {
        WebSettings settings = WebSettings.fromEnvironment(Map.of(WebSettings.PUBLIC_URL_VARIABLE,
                "https://example.org/library/", WebSettings.ADMIN_EMAIL_VARIABLE, "oai@example.org"));

        assertThat(settings.publicUrl()).isEqualTo("https://example.org/library");
        assertThat(settings.adminEmail()).isEqualTo("oai@example.org");
    }

    @Test
    void flagsOverrideTheEnvironment() {
        WebSettings settings = WebSettings.fromEnvironment(Map.of(WebSettings.PUBLIC_URL_VARIABLE,
                "https://old.example.org")).withPublication("http://localhost:8080", null);

        assertThat(settings.publicUrl()).isEqualTo("http://localhost:8080");
    }

    @Test
    void aPublicUrlThatIsNotAnHttpAddressIsRefused() {
        assertThatThrownBy(() -> WebSettings.fromEnvironment(Map.of(WebSettings.PUBLIC_URL_VARIABLE,
                "example.org/library?x=1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public URL").hasMessageContaining("example.org/library?x=1");
    }

    @Test
    void anAdminEmailThatIsNotAnAddressIsRefused() {
        assertThatThrownBy(() -> WebSettings.defaults().withPublication(null, "nobody"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("admin e-mail");
    }

    @Test
    void theExcerptLimitComesFromTheEnvironmentWithinItsBounds() {
        assertThat(WebSettings.defaults().maxExcerptPages()).isEqualTo(WebSettings.DEFAULT_MAX_EXCERPT_PAGES);
        assertThat(WebSettings.fromEnvironment(Map.of(WebSettings.MAX_EXCERPT_PAGES_VARIABLE, "5"))
                .maxExcerptPages()).isEqualTo(5);
        assertThatThrownBy(() -> WebSettings.fromEnvironment(Map.of(WebSettings.MAX_EXCERPT_PAGES_VARIABLE, "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("excerpt limit");
    }
}
