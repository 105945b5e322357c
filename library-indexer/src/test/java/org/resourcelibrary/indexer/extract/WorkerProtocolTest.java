package org.resourcelibrary.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.OcrStatus;
import org.resourcelibrary.core.store.ExtractedText;

class WorkerProtocolTest {

    @Test
    void extractedTextSurvivesTheTripThroughThePipe() throws IOException {
        ExtractedText text = new ExtractedText(null, "application/pdf", List.of("Página uno ✓", "𐌲 two"), true,
                Map.of("dc:title", List.of("Guía"), "dc:subject", List.of("a", "b")), true, OcrStatus.PERFORMED);

        WorkerProtocol.Reply reply = roundTrip(new WorkerProtocol.Reply(ExtractionResult.ok(text), false));

        assertThat(reply.result().text()).isEqualTo(text);
        assertThat(reply.retire()).isFalse();
    }

    @Test
    void failureSurvivesTheTripThroughThePipe() throws IOException {
        WorkerProtocol.Reply reply = roundTrip(new WorkerProtocol.Reply(
                ExtractionResult.failed(FailureReason.ENCRYPTED, "needs a password"), true));

        assertThat(reply.result().reason()).isEqualTo(FailureReason.ENCRYPTED);
        assertThat(reply.result().detail()).isEqualTo("needs a password");
        assertThat(reply.retire()).isTrue();
    }

    private static WorkerProtocol.Reply roundTrip(WorkerProtocol.Reply reply) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WorkerProtocol.writeReply(new DataOutputStream(bytes), reply);
        return WorkerProtocol.readReply(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
