package org.resourcelibrary.solr.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resourcelibrary.solr.TestCloud;

/**
 * The library's Solr client needs no Jetty: run in a class loader holding this module's class path minus every
 * Jetty jar (the test cluster's Solr nodes need Jetty 10, the web service has Jetty 12, neither may be what SolrJ
 * reaches for), it writes, commits, reads and searches the test cluster. Any Jetty class it touched would fail with
 * {@link NoClassDefFoundError}.
 */
@ExtendWith(TestCloud.class)
class JettyFreeClientTest {

    /** Where Maven keeps Jetty's jars, whatever the version: {@code org/eclipse/jetty/…}. */
    private static final String JETTY = File.separator + "org" + File.separator + "eclipse" + File.separator + "jetty"
            + File.separator;

    @Test
    void writesReadsAndSearchesWithNoJettyOnTheClassPath() throws Exception {
        try (URLClassLoader withoutJetty = new URLClassLoader(classPathWithoutJetty(),
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> withoutJetty.loadClass("org.eclipse.jetty.client.HttpClient"))
                    .isInstanceOf(ClassNotFoundException.class);
            Object found = withoutJetty.loadClass(JettyFreeProbe.class.getName())
                    .getMethod("writeSearchDelete", String.class, String.class)
                    .invoke(null, TestCloud.cluster().getZkServer().getZkAddress(), TestCloud.COLLECTION);
            assertThat(found).isEqualTo(1L);
        }
    }

    private static URL[] classPathWithoutJetty() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator)).filter(entry -> !entry.contains(JETTY))
                .map(JettyFreeClientTest::url).toArray(URL[]::new);
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }
}
