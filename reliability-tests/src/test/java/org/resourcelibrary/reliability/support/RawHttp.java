package org.resourcelibrary.reliability.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client over one keep-alive connection that sends the request target exactly as given: broken
 * percent-encoding and bytes that {@link java.net.URI} refuses reach the server, as they would from any
 * client. Reconnects when the server closed the connection. One thread at a time.
 */
public final class RawHttp implements AutoCloseable {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_HEADER_LINE = 64 * 1024;

    private final String host;
    private final int port;
    private final InetAddress localAddress;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public RawHttp(String host, int port) {
        this(host, port, null);
    }

    /** A client connecting from {@code localAddress} (e.g. another loopback address: another client to the server). */
    public RawHttp(String host, int port, InetAddress localAddress) {
        this.host = host;
        this.port = port;
        this.localAddress = localAddress;
    }

    /** A response: status, headers (names in lower case) and body. */
    public record Response(int status, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** {@code GET target}, the target sent byte for byte as ISO-8859-1. */
    public Response get(String target) throws IOException {
        return send("GET", target, Map.of(), new byte[0]);
    }

    /** {@code method target} with these headers and body (a Content-Length is added when there is a body). */
    public Response send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAccept: application/json\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body.length > 0) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        return retried(request.toByteArray());
    }

    private Response retried(byte[] request) throws IOException {
        try {
            return exchange(request);
        } catch (IOException stale) {
            // The server may close a kept-alive connection at any time (e.g. after a 400): once more, afresh.
            disconnect();
            return exchange(request);
        }
    }

    private Response exchange(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(localAddress, 0));
            }
            socket.connect(new InetSocketAddress(host, port), (int) READ_TIMEOUT.toMillis());
            socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("the server closed the connection");
        }
        int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        byte[] body = body(headers);
        if ("close".equalsIgnoreCase(headers.get("connection"))) {
            disconnect();
        }
        return new Response(status, headers, body);
    }

    private byte[] body(Map<String, String> headers) throws IOException {
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                body.writeBytes(in.readNBytes(size));
                line();
            }
            for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                // Trailers are not used here.
            }
            return body.toByteArray();
        }
        String length = headers.get("content-length");
        if (length != null) {
            return in.readNBytes(Integer.parseInt(length));
        }
        byte[] rest = in.readAllBytes();
        disconnect();
        return rest;
    }

    private int chunkSize() throws IOException {
        String line = line();
        return line == null ? 0 : Integer.parseInt(line.split(";", 2)[0].strip(), 16);
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (line.size() > MAX_HEADER_LINE) {
                throw new IOException("a header line longer than " + MAX_HEADER_LINE + " bytes");
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private void disconnect() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }

    @Override
    public void close() throws IOException {
        disconnect();
    }
}
