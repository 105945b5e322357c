package org.resourcelibrary.reliability.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.SourceRef;
import org.resourcelibrary.core.store.BlobStore;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.store.TextCache;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * What a data directory holds, as the next run or the server would see it: the committed documents (id,
 * content hash, every place each was found), the stored originals and the cached texts.
 *
 * @param count     documents in the index
 * @param documents the documents found under the given sources, by id
 * @param paths     every {@code source!path} listed by a document, once per listing (so a repeat shows)
 * @param stored    every file under {@code blobs/} and {@code text/}, relative to the data directory (listed
 *                  without the stores' own clean-up, so a leftover shows)
 * @param live      content hashes of the committed documents
 */
public record LibraryState(long count, Map<String, Document> documents, List<String> paths, Set<String> stored,
                           Set<String> live) {

    /** One committed document: its content and the places it was found. */
    public record Document(String id, String sha256, Set<String> paths) {
    }

    /** Opens the library as the next writer would (which must succeed) and reads it; empty when there is none. */
    public static LibraryState open(DataDirectory data, Collection<String> sources) throws IOException {
        if (!Files.isDirectory(data.root())) {
            return new LibraryState(0, Map.of(), List.of(), Set.of(), Set.of());
        }
        try (LuceneLibrary library = LuceneLibrary.open(data.index(), Vocabulary.standard())) {
            return read(library, data, sources);
        }
    }

    /** Reads an open library and its stores. */
    public static LibraryState read(LuceneLibrary library, DataDirectory data, Collection<String> sources)
            throws IOException {
        Map<String, Document> documents = new TreeMap<>();
        List<String> paths = new ArrayList<>();
        for (String source : sources) {
            for (Resource resource : library.findBySource(source)) {
                if (documents.containsKey(resource.id())) {
                    continue;
                }
                Set<String> places = new TreeSet<>();
                for (SourceRef ref : resource.sources()) {
                    places.add(ref.key());
                    paths.add(ref.key());
                }
                documents.put(resource.id(), new Document(resource.id(), resource.sha256(), places));
            }
        }
        return new LibraryState(library.count(), documents, paths, files(data), library.contentHashes());
    }

    /** The files the stores would hold for exactly these contents: an original and a text each. */
    public static Set<String> storedFor(DataDirectory data, Collection<String> hashes) {
        Set<String> files = new TreeSet<>();
        for (String sha : hashes) {
            files.add(relative(data, new BlobStore(data.blobs()).path(sha)));
            files.add(relative(data, new TextCache(data.text()).path(sha)));
        }
        return files;
    }

    private static Set<String> files(DataDirectory data) throws IOException {
        Set<String> files = new TreeSet<>();
        for (Path store : List.of(data.blobs(), data.text())) {
            if (Files.isDirectory(store)) {
                try (Stream<Path> walk = Files.walk(store)) {
                    walk.filter(Files::isRegularFile).forEach(file -> files.add(relative(data, file)));
                }
            }
        }
        return files;
    }

    private static String relative(DataDirectory data, Path file) {
        return data.root().relativize(file).toString().replace('\\', '/');
    }

    /** The content hashes of the documents, once per document (so two documents with one content show). */
    public List<String> hashes() {
        return documents.values().stream().map(Document::sha256).toList();
    }
}
