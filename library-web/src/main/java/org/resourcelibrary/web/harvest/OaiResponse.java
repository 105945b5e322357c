package org.resourcelibrary.web.harvest;

import java.time.Instant;
import java.util.Map;

/**
 * The envelope of every OAI-PMH response: {@code responseDate}, the {@code request} echoed (its arguments left out
 * for badVerb and badArgument, as the protocol says), then the verb's answer or an error.
 */
final class OaiResponse {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private OaiResponse() {
    }

    /** Starts a response; the caller writes the verb's element (or an error) and finishes it. */
    static XmlOutput start(Instant now, String baseUrl, Map<String, String> echoed) {
        XmlOutput xml = new XmlOutput(OAI, "OAI-PMH").declare(XSI)
                .attribute(XSI, "schemaLocation", OAI + " " + OAI_SCHEMA)
                .element("responseDate", OaiDates.format(now))
                .start("request");
        echoed.forEach(xml::attribute);
        return xml.text(baseUrl).end();
    }

    /** A whole error response. */
    static byte[] error(Instant now, String baseUrl, OaiRequest request, OaiError error) {
        Map<String, String> echoed = error.malformedRequest() || request == null ? Map.of() : echoed(request);
        return start(now, baseUrl, echoed).start("error").attribute("code", error.code().code())
                .text(error.getMessage()).end().finish();
    }

    /** The request's verb and arguments, as the {@code request} element's attributes. */
    static Map<String, String> echoed(OaiRequest request) {
        Map<String, String> echoed = new java.util.LinkedHashMap<>();
        echoed.put(OaiRequest.VERB, request.verb());
        echoed.putAll(request.arguments());
        return echoed;
    }
}
