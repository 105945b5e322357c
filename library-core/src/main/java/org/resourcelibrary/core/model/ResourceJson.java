package org.resourcelibrary.core.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Resource} as JSON, in the index's stored documents and the API's bodies: one object with the id, every
 * metadata field as a property named by its key, the file's properties, its sources and history, provenance (by
 * field key) and how its text was read. The properties come in the order of the first stored format (each field
 * added since comes last, in field order), so documents stored before a field existed read back as they were and
 * are written back the same, byte for byte.
 */
final class ResourceJson {

    /** The fields the first stored format held before the file's properties; every later one follows them all. */
    private static final Set<MetadataField> FIRST_FORMAT = EnumSet.range(MetadataField.TITLE,
            MetadataField.ORGANIZATION);

    private static final String ID = "id";
    private static final String FILE_NAME = "fileName";
    private static final String MEDIA_TYPE = "mediaType";
    private static final String SIZE_BYTES = "sizeBytes";
    private static final String SHA256 = "sha256";
    private static final String SOURCES = "sources";
    private static final String ADDED = "added";
    private static final String MODIFIED = "modified";
    private static final String PROVENANCE = "provenance";
    private static final String EXTRACTION = "extraction";

    private ResourceJson() {
    }

    static final class Writer extends StdSerializer<Resource> {

        Writer() {
            super(Resource.class);
        }

        @Override
        public void serialize(Resource r, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject(r);
            json.writeStringField(ID, r.id());
            for (MetadataField field : FIRST_FORMAT) {
                write(json, field, r.metadata().get(field));
            }
            json.writeStringField(FILE_NAME, r.fileName());
            json.writeStringField(MEDIA_TYPE, r.mediaType());
            json.writeNumberField(SIZE_BYTES, r.sizeBytes());
            json.writeStringField(SHA256, r.sha256());
            provider.defaultSerializeField(SOURCES, r.sources(), json);
            provider.defaultSerializeField(ADDED, r.added(), json);
            provider.defaultSerializeField(MODIFIED, r.modified(), json);
            json.writeObjectFieldStart(PROVENANCE);
            for (Map.Entry<MetadataField, FieldSource> entry : r.provenance().entrySet()) {
                json.writeStringField(entry.getKey().key(), entry.getValue().code());
            }
            json.writeEndObject();
            provider.defaultSerializeField(EXTRACTION, r.extraction(), json);
            for (MetadataField field : EnumSet.complementOf(EnumSet.copyOf(FIRST_FORMAT))) {
                write(json, field, r.metadata().get(field));
            }
            json.writeEndObject();
        }

        private static void write(JsonGenerator json, MetadataField field, Object value) throws IOException {
            json.writeFieldName(field.key());
            switch (field.shape()) {
                case TEXT -> json.writeString((String) value);
                case LIST -> {
                    json.writeStartArray();
                    for (Object item : (List<?>) value) {
                        json.writeString((String) item);
                    }
                    json.writeEndArray();
                }
                case YEAR -> {
                    if (value == null) {
                        json.writeNull();
                    } else {
                        json.writeNumber((Integer) value);
                    }
                }
            }
        }
    }

    static final class Reader extends StdDeserializer<Resource> {

        Reader() {
            super(Resource.class);
        }

        @Override
        public Resource deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            Map<MetadataField, Object> values = new EnumMap<>(MetadataField.class);
            for (MetadataField field : MetadataField.values()) {
                values.put(field, read(field, node.path(field.key())));
            }
            Map<MetadataField, FieldSource> provenance = new EnumMap<>(MetadataField.class);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.path(PROVENANCE).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                // A key that names no field (any more) has nothing to say about this document's values.
                MetadataField.fromKey(entry.getKey()).ifPresent(field ->
                        provenance.put(field, FieldSource.fromCode(entry.getValue().asText())));
            }
            List<SourceRef> sources = node.path(SOURCES).isArray() ? context.readTreeAsValue(node.get(SOURCES),
                    context.getTypeFactory().constructCollectionType(List.class, SourceRef.class)) : List.of();
            return new Resource(text(node.path(ID)), Metadata.of(values), text(node.path(FILE_NAME)),
                    text(node.path(MEDIA_TYPE)), node.path(SIZE_BYTES).asLong(), text(node.path(SHA256)), sources,
                    value(context, node.path(ADDED), Instant.class), value(context, node.path(MODIFIED), Instant.class),
                    provenance, value(context, node.path(EXTRACTION), Extraction.class));
        }

        private static Object read(MetadataField field, JsonNode value) {
            if (value.isMissingNode() || value.isNull()) {
                return null;
            }
            return switch (field.shape()) {
                case TEXT -> value.asText();
                case LIST -> {
                    List<String> items = new ArrayList<>();
                    value.forEach(item -> items.add(item.asText()));
                    yield items;
                }
                case YEAR -> value.asInt();
            };
        }

        private static String text(JsonNode value) {
            return value.isMissingNode() || value.isNull() ? null : value.asText();
        }

        private static <T> T value(DeserializationContext context, JsonNode value, Class<T> type)
                throws IOException {
            return value.isMissingNode() || value.isNull() ? null : context.readTreeAsValue(value, type);
        }
    }
}
