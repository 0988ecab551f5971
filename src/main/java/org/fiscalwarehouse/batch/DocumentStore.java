package org.fiscalwarehouse.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fiscalwarehouse.reconcile.ReconciledDocument;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every reconciled document the warehouse has ever taken in, one JSON file per doc_id under
 * {@code _state/documents/}. A nightly run parses only files it has not seen (doc ids are content hashes), and the
 * warehouse is published from this store, so documents from earlier runs stay, and the old version of a file that
 * changed at the same URL stays beside the new one.
 */
public class DocumentStore {

    private final Path root;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    public DocumentStore(Path root) {
        this.root = root;
    }

    public boolean contains(String docId) {
        return Files.isRegularFile(file(docId));
    }

    public void put(ReconciledDocument document) {
        Path target = file(document.document().docId());
        try {
            Files.createDirectories(root);
            Path tmp = Files.createTempFile(root, "doc", ".tmp");
            json.writeValue(tmp.toFile(), document);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store document " + document.document().docId(), e);
        }
    }

    /** All stored documents, in doc_id order. */
    public List<ReconciledDocument> all() {
        List<ReconciledDocument> documents = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return documents;
        }
        try (Stream<Path> files = Files.list(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                documents.add(json.readValue(f.toFile(), ReconciledDocument.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the document store " + root, e);
        }
        return documents;
    }

    private Path file(String docId) {
        // doc ids are hex digests; anything else must not become a path
        if (docId == null || !docId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("not a document id: " + docId);
        }
        return root.resolve(docId + ".json");
    }
}
