package org.resourcelibrary.web.api;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.Multipart;
import org.resourcelibrary.web.RunningApp;

/**
 * One request for the conformance test: the operation it exercises (method and documented path), which
 * application it goes to, and its headers and body.
 */
record ApiCall(String method, String template, String path, Target target, Map<String, String> headers,
               String contentType, byte[] body) {

    /** Which application a call goes to. */
    enum Target {
        /** The shared application, which accepts the test token. */
        MAIN,
        /** A new application with no failures recorded: a wrong token gets a 403, not a 429. */
        FRESH,
        /** An application that has already seen too many failures from this address. */
        THROTTLED,
        /** An application with a 1 MB upload limit. */
        LIMITED
    }

    static ApiCall get(String template, String path, String... headers) {
        return new ApiCall("GET", template, path, Target.MAIN, pairs(headers), null, null);
    }

    /** A call with the test token. */
    static ApiCall librarian(String method, String template, String path) {
        return new ApiCall(method, template, path, Target.MAIN, pairs("Authorization", "Bearer " + ApiTestBase.TOKEN),
                null, null);
    }

    ApiCall to(Target other) {
        return new ApiCall(method, template, path, other, headers, contentType, body);
    }

    ApiCall at(String otherPath) {
        return new ApiCall(method, template, otherPath, target, headers, contentType, body);
    }

    ApiCall header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiCall(method, template, path, target, more, contentType, body);
    }

    ApiCall withoutHeader(String name) {
        Map<String, String> fewer = new LinkedHashMap<>(headers);
        fewer.remove(name);
        return new ApiCall(method, template, path, target, fewer, contentType, body);
    }

    ApiCall body(String type, byte[] bytes) {
        return new ApiCall(method, template, path, target, headers, type, bytes);
    }

    ApiCall json(String json) {
        return body("application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    ApiCall form(Multipart form) {
        return body(form.contentType(), form.bytes());
    }

    HttpRequest request(RunningApp app) {
        HttpRequest.Builder request = app.request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return request.build();
    }

    private static Map<String, String> pairs(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + target + ")" + (headers.isEmpty() ? "" : " " + headers.keySet());
    }
}
