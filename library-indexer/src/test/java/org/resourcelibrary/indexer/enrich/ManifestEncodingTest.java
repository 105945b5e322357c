package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.extract.TextEncoding;

/** Manifests in the encodings spreadsheet programs save: each read with its accents, or refused in one line. */
class ManifestEncodingTest {

    private static final MetadataForm FORM = new MetadataForm(Vocabulary.standard(), TestDocuments.cues(), 2025);
    private static final String CSV = "file,title,organization\n"
            + "guia.pdf,Guía de supervisión – “práctica”,Ministério da Ação Social\n";

    private static Manifest read(byte[] bytes) throws Exception {
        return Manifest.read(bytes, List.of(), FORM);
    }

    private static byte[] withBom(int[] bom, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b : bom) {
            out.write(b);
        }
        out.writeBytes(CSV.getBytes(charset));
        return out.toByteArray();
    }

    private static void assertAccentsRead(Manifest manifest) {
        Metadata values = manifest.rows().get(0).values();
        assertThat(values.text(MetadataField.TITLE)).isEqualTo("Guía de supervisión – “práctica”");
        assertThat(values.text(MetadataField.ORGANIZATION)).isEqualTo("Ministério da Ação Social");
    }

    @Test
    void utf8WithoutBomIsReadWithoutANote() throws Exception {
        Manifest manifest = read(CSV.getBytes(StandardCharsets.UTF_8));

        assertAccentsRead(manifest);
        assertThat(manifest.problems()).isEmpty();
    }

    @Test
    void utf8WithExcelsBomIsRead() throws Exception {
        Manifest manifest = read(withBom(new int[] {0xEF, 0xBB, 0xBF}, StandardCharsets.UTF_8));

        assertAccentsRead(manifest);
        assertThat(manifest.problems()).isEmpty();
    }

    @Test
    void utf16LittleEndianWithBomIsRead() throws Exception {
        assertAccentsRead(read(withBom(new int[] {0xFF, 0xFE}, StandardCharsets.UTF_16LE)));
    }

    @Test
    void utf16BigEndianWithBomIsRead() throws Exception {
        assertAccentsRead(read(withBom(new int[] {0xFE, 0xFF}, StandardCharsets.UTF_16BE)));
    }

    @Test
    void windows1252IsReadAndTheAssumptionIsTheFirstProblem() throws Exception {
        Manifest manifest = read(CSV.getBytes(TextEncoding.WINDOWS_1252));

        assertAccentsRead(manifest);
        assertThat(manifest.problems()).first().asString()
                .isEqualTo("line 1: not UTF-8, read as Windows-1252 (as Excel saves \"CSV\"); if accented letters "
                        + "come out wrong, save the sheet as \"CSV UTF-8\"");
    }

    @Test
    void aBinaryFileIsRefusedInOneSentence() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, (byte) 0x9C, (byte) 0xFF, 'a', 'b'};

        assertThatThrownBy(() -> read(zip)).isInstanceOf(ManifestException.class)
                .hasMessageStartingWith("not a text file: its bytes are neither UTF-8, UTF-16 with a byte-order mark,")
                .satisfies(e -> assertThat(((ManifestException) e).line()).isZero());
    }

    @Test
    void utf16WithoutBomIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> read(CSV.getBytes(StandardCharsets.UTF_16LE)))
                .isInstanceOf(ManifestException.class).hasMessageContaining("not a text file");
    }
}
