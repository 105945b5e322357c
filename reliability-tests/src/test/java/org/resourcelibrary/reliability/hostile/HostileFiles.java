package org.resourcelibrary.reliability.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files crafted to hurt whoever reads them: XML entity expansion and external entities (plain and inside a
 * DOCX), zips whose members climb out of their folder, zips that expand enormously or nest deeply.
 */
final class HostileFiles {

    /** Levels of ten-fold entity expansion: 10^9 "lol"s, some 3 GB, if a parser expanded them. */
    private static final int LAUGH_LEVELS = 9;
    private static final int BUFFER = 1 << 16;

    private HostileFiles() {
    }

    /** The billion-laughs document type and a body that uses its largest entity. */
    static String billionLaughsXml(String element) {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE " + element + " [\n")
                .append("  <!ENTITY lol0 \"lol\">\n");
        for (int level = 1; level <= LAUGH_LEVELS; level++) {
            dtd.append("  <!ENTITY lol").append(level).append(" \"");
            dtd.append(("&lol" + (level - 1) + ";").repeat(10));
            dtd.append("\">\n");
        }
        return dtd.append("]>\n").toString();
    }

    /** An XML document whose one element holds a billion laughs. */
    static byte[] billionLaughs() {
        return (billionLaughsXml("report") + "<report>Laughing report &lol" + LAUGH_LEVELS + ";</report>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An XML document whose entity is the contents of a local file (XXE). */
    static byte[] externalEntity(Path secret) {
        return ("<?xml version=\"1.0\"?>\n<!DOCTYPE report [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<report>Entity report &secret;</report>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A DOCX whose document part holds a billion laughs. */
    static byte[] billionLaughsDocx() throws IOException {
        return docx(billionLaughsXml("w:document") + documentBody("Laughing document &lol" + LAUGH_LEVELS + ";"));
    }

    /** A DOCX whose document part includes a local file through an external entity (XXE). */
    static byte[] externalEntityDocx(Path secret) throws IOException {
        return docx("<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"" + secret.toUri()
                + "\">]>\n" + documentBody("Entity document &secret;"));
    }

    /** A zip whose members' names climb out of any folder they are unpacked into, and one honest member. */
    static byte[] zipSlip(String marker) throws IOException {
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (String name : new String[] {"../../../../../../tmp/" + marker + "-1.txt", "/tmp/" + marker + "-2.txt",
                "..\\..\\..\\" + marker + "-3.txt", "ok/../../../" + marker + "-4.txt", "C:/" + marker + "-5.txt",
                "./../" + marker + "-6.txt"}) {
            members.put(name, ("Escaping member " + name).getBytes(StandardCharsets.UTF_8));
        }
        members.put("honest/report.txt", ("Honest member of a climbing zip " + marker).getBytes(StandardCharsets.UTF_8));
        return zip(members);
    }

    /** A zip of one member of {@code bytes} zeros: a high compression ratio. */
    static void ratioBomb(Path file, long bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[BUFFER];
            for (long written = 0; written < bytes; written += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, bytes - written));
            }
            zip.closeEntry();
        }
    }

    /** Zips nested {@code depth} deep, each holding a small document and the next zip. */
    static byte[] nestedZips(int depth, String marker) throws IOException {
        byte[] inner = zip(Map.of("level-" + depth + ".txt",
                ("Nested report at level " + depth + " " + marker).getBytes(StandardCharsets.UTF_8)));
        for (int level = depth - 1; level >= 1; level--) {
            Map<String, byte[]> members = new LinkedHashMap<>();
            members.put("level-" + level + ".txt", ("Nested report at level " + level + " " + marker)
                    .getBytes(StandardCharsets.UTF_8));
            members.put("level-" + (level + 1) + ".zip", inner);
            inner = zip(members);
        }
        return inner;
    }

    static byte[] zip(Map<String, byte[]> members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                zip.putNextEntry(new ZipEntry(member.getKey()));
                zip.write(member.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String documentBody(String text) {
        return "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>";
    }

    /** The smallest DOCX Word and Tika accept, with this document part. */
    private static byte[] docx(String documentXml) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
                + "openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
                + "xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }
}
