package nl.werkbrug.cv;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stored CV files of candidates: upload (read in the background), state and result, the original
 * file, another try, deletion. {@code POST /api/v1/cv/parse} reads a file without keeping it.
 */
@RestController
@RequestMapping("/api/v1/cv/documents")
@Tag(name = "CV")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAuthority('SCOPE_cv')")
class CvDocumentController {

    private final CvDocuments documents;

    CvDocumentController(CvDocuments documents) {
        this.documents = documents;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Store a candidate's CV and queue its reading; answers 202 with the document, whose "
            + "status moves from QUEUED to READ or FAILED")
    ResponseEntity<CvDocument> upload(@RequestParam UUID candidateId, @RequestParam("file") MultipartFile file)
            throws IOException {
        if (file.getSize() > CvDocuments.MAX_BYTES) {
            throw new CvRejected(CvRejected.Code.TOO_LARGE, "The file is larger than 10 MB.");
        }
        var document = documents.upload(candidateId, name(file), file.getBytes());
        return ResponseEntity.accepted().location(URI.create("/api/v1/cv/documents/" + document.id()))
                .body(document);
    }

    @GetMapping
    @Operation(summary = "A candidate's CV documents, newest first")
    List<CvDocument> list(@RequestParam UUID candidateId) {
        return documents.forCandidate(candidateId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One CV document: its status and, once read, what it yielded")
    CvDocument find(@PathVariable UUID id) {
        return documents.find(id);
    }

    @GetMapping("/{id}/file")
    @Operation(summary = "The original file as uploaded (checked against its SHA-256)")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        var stored = documents.file(id);
        MediaType type = stored.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(stored.mediaType());
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(stored.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(stored.content());
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Read a document again (after a failure, or with a better reader)")
    ResponseEntity<CvDocument> retry(@PathVariable UUID id) {
        return ResponseEntity.accepted().body(documents.retry(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete the file, its text and its result")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        documents.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static String name(MultipartFile file) {
        @Nullable String original = file.getOriginalFilename();
        return original == null || original.isBlank() ? "cv" : original;
    }
}
