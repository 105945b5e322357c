package org.resourcelibrary.web.harvest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An OAI-PMH request's verb and arguments, checked against what the verb takes: a verb that is not one, an
 * argument it does not take, a repeated argument, a missing required one, or a resumption token with anything
 * but the verb are refused (badVerb, badArgument) before any work is done.
 */
record OaiRequest(String verb, Map<String, String> arguments) {

    static final String VERB = "verb";
    static final String IDENTIFIER = "identifier";
    static final String METADATA_PREFIX = "metadataPrefix";
    static final String FROM = "from";
    static final String UNTIL = "until";
    static final String SET = "set";
    static final String RESUMPTION_TOKEN = "resumptionToken";

    /** What each verb takes: required arguments, optional ones, and whether a resumption token can stand alone. */
    private record Arguments(Set<String> required, Set<String> optional, boolean resumable) {
    }

    private static final Arguments LIST = new Arguments(Set.of(METADATA_PREFIX), Set.of(FROM, UNTIL, SET), true);
    private static final Map<String, Arguments> VERBS = Map.of(
            "Identify", new Arguments(Set.of(), Set.of(), false),
            "ListMetadataFormats", new Arguments(Set.of(), Set.of(IDENTIFIER), false),
            "ListSets", new Arguments(Set.of(), Set.of(), true),
            "ListIdentifiers", LIST,
            "ListRecords", LIST,
            "GetRecord", new Arguments(Set.of(IDENTIFIER, METADATA_PREFIX), Set.of(), false));

    OaiRequest {
        arguments = Map.copyOf(arguments);
    }

    /**
     * Checks a request's parameters (query or form, each with all its values).
     *
     * @throws OaiError badVerb or badArgument
     */
    static OaiRequest of(Map<String, List<String>> parameters) throws OaiError {
        List<String> verbs = parameters.getOrDefault(VERB, List.of());
        if (verbs.size() != 1) {
            throw new OaiError(OaiError.Code.BAD_VERB, verbs.isEmpty() ? "the verb argument is missing"
                    : "the verb argument is repeated");
        }
        String verb = verbs.get(0);
        Arguments accepted = VERBS.get(verb);
        if (accepted == null) {
            throw new OaiError(OaiError.Code.BAD_VERB, "'" + verb + "' is not an OAI-PMH verb; the verbs are "
                    + VERBS.keySet().stream().sorted().toList());
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.equals(VERB)) {
                continue;
            }
            boolean known = accepted.required().contains(name) || accepted.optional().contains(name)
                    || accepted.resumable() && name.equals(RESUMPTION_TOKEN);
            if (!known) {
                throw new OaiError(OaiError.Code.BAD_ARGUMENT, verb + " takes no argument '" + name + "'");
            }
            if (parameter.getValue().size() != 1) {
                throw new OaiError(OaiError.Code.BAD_ARGUMENT, "the argument '" + name + "' is repeated");
            }
            arguments.put(name, parameter.getValue().get(0));
        }
        if (arguments.containsKey(RESUMPTION_TOKEN)) {
            if (arguments.size() > 1) {
                throw new OaiError(OaiError.Code.BAD_ARGUMENT, "a resumptionToken is the only argument besides the"
                        + " verb");
            }
        } else {
            for (String required : accepted.required()) {
                if (!arguments.containsKey(required) || arguments.get(required).isBlank()) {
                    throw new OaiError(OaiError.Code.BAD_ARGUMENT, verb + " needs the argument '" + required + "'");
                }
            }
        }
        return new OaiRequest(verb, arguments);
    }

    String argument(String name) {
        return arguments.get(name);
    }
}
