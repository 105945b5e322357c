package org.resourcelibrary.web.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the library database is: the data directory's own unless a setting names a shared one. */
class DatabaseAddressTest {

    private static final Path DATA = Path.of("/srv/library/data");
    private static final String SHARED = "jdbc:h2:tcp://db.example.org:9092/library";

    @Test
    void withoutASettingItIsTheEmbeddedFileOfTheDataDirectory() {
        DatabaseAddress address = DatabaseAddress.of(null, Map.of(), DATA);

        assertThat(address.url()).isEqualTo("jdbc:h2:file:/srv/library/data/library-db/library");
        assertThat(address.shared()).isFalse();
    }

    @Test
    void theFlagWinsOverTheVariableAndTheCredentialsComeFromTheEnvironment() {
        DatabaseAddress address = DatabaseAddress.of(SHARED, Map.of(DatabaseAddress.URL_VARIABLE,
                "jdbc:h2:tcp://other:9092/library", DatabaseAddress.USER_VARIABLE, "web",
                DatabaseAddress.PASSWORD_VARIABLE, "s3cret-enough"), DATA);

        assertThat(address).isEqualTo(new DatabaseAddress(SHARED, "web", "s3cret-enough"));
        assertThat(address.shared()).isTrue();
        assertThat(address.toString()).contains(SHARED).contains("web").doesNotContain("s3cret-enough");
    }

    @Test
    void anAddressThatIsNotH2IsRefusedNamingWhereItCameFrom() {
        assertThatThrownBy(() -> DatabaseAddress.of(null, Map.of(DatabaseAddress.URL_VARIABLE,
                "jdbc:postgresql://db/library"), DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(DatabaseAddress.URL_VARIABLE).hasMessageContaining("jdbc:h2:tcp://");
    }
}
