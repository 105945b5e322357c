package org.resourcelibrary.web.harvest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.json.Json;

/**
 * Where a list harvest stands: its arguments, the last change it was given (a place in the datestamp then id
 * order, so documents arriving meanwhile neither shift nor repeat a page), how many it was given, and its
 * {@code until} frozen at the first request (documents changed after the harvest began wait for the next one).
 * Opaque to harvesters: JSON in URL-safe base64.
 *
 * @param from    the first datestamp, in epoch milliseconds, or null
 * @param until   the last datestamp, in epoch milliseconds (frozen at the first request)
 * @param after   the last change given so far, or null before the first page
 * @param cursor  how many changes were given before this page
 * @param expires when the token stops being accepted, in epoch milliseconds
 */
record ResumptionToken(String metadataPrefix, String set, Long from, long until, Change.Position after, long cursor,
                       long expires) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** The token for the page after {@code last}. */
    ResumptionToken next(Change.Position last, int given, Instant expiry) {
        return new ResumptionToken(metadataPrefix, set, from, until, last, cursor + given, expiry.toEpochMilli());
    }

    String encode() {
        try {
            return ENCODER.encodeToString(Json.mapper().writeValueAsBytes(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a token is always serialisable", e);
        }
    }

    /**
     * Reads a token a harvester sent back.
     *
     * @throws OaiError badResumptionToken when it is not one of ours or has expired
     */
    static ResumptionToken decode(String token, Instant now) throws OaiError {
        ResumptionToken decoded;
        try {
            decoded = Json.mapper().readValue(new String(Base64.getUrlDecoder().decode(token),
                    StandardCharsets.UTF_8), ResumptionToken.class);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw new OaiError(OaiError.Code.BAD_RESUMPTION_TOKEN, "the resumption token is not one this library"
                    + " issued");
        }
        if (decoded.metadataPrefix() == null || decoded.cursor() < 0
                || decoded.after() != null && decoded.after().id() == null) {
            throw new OaiError(OaiError.Code.BAD_RESUMPTION_TOKEN, "the resumption token is not one this library"
                    + " issued");
        }
        if (now.toEpochMilli() > decoded.expires()) {
            throw new OaiError(OaiError.Code.BAD_RESUMPTION_TOKEN, "the resumption token expired at "
                    + OaiDates.format(Instant.ofEpochMilli(decoded.expires())) + "; start the harvest again");
        }
        return decoded;
    }
}
