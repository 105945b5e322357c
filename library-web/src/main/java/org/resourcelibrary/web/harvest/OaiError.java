package org.resourcelibrary.web.harvest;

/**
 * An OAI-PMH error condition: answered inside an OAI-PMH response (HTTP 200), with the protocol's code and a
 * sentence saying what was wrong, as harvesters expect.
 */
final class OaiError extends Exception {

    /** The protocol's error codes (OAI-PMH 2.0, section 3.6). */
    enum Code {
        BAD_ARGUMENT("badArgument"),
        BAD_RESUMPTION_TOKEN("badResumptionToken"),
        BAD_VERB("badVerb"),
        CANNOT_DISSEMINATE_FORMAT("cannotDisseminateFormat"),
        ID_DOES_NOT_EXIST("idDoesNotExist"),
        NO_RECORDS_MATCH("noRecordsMatch"),
        NO_METADATA_FORMATS("noMetadataFormats"),
        NO_SET_HIERARCHY("noSetHierarchy");

        private final String code;

        Code(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private final Code code;

    OaiError(Code code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    Code code() {
        return code;
    }

    /** Whether the request is answered without its arguments echoed (the protocol says so for these two). */
    boolean malformedRequest() {
        return code == Code.BAD_VERB || code == Code.BAD_ARGUMENT;
    }
}
