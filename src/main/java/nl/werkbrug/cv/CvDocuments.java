package nl.werkbrug.cv;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * CV files as a person or their jobhunter uploaded them, and the reading of each as a background job.
 * Uploading only stores the file (checksummed) and queues it, so nothing is lost when reading fails or
 * the server stops; a failed reading can be tried again. Files are kept until the person deletes them
 * or their retention period ends. Access follows the candidate's: the person, their jobhunters and
 * administrators; every access by someone else is written to the audit log.
 */
@Service
public class CvDocuments {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final String COLUMNS = """
            id, candidate_id, file_name, media_type, size_bytes, sha256, status, failure_code, attempts,
            language, result, uploaded_at, finished_at, retain_until""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CandidateAccess access;
    private final AuditLog auditLog;
    private final CvReadingJobs jobs;
    private final Clock clock;
    private final Duration retention;
    private final Duration unattachedRetention;

    CvDocuments(JdbcClient jdbc, JsonMapper json, CandidateAccess access, AuditLog auditLog, CvReadingJobs jobs,
                Clock clock, @Value("${werkbrug.cv.retention:P365D}") Duration retention,
                @Value("${werkbrug.cv.unattached-retention:P2D}") Duration unattachedRetention) {
        this.jdbc = jdbc;
        this.json = json;
        this.access = access;
        this.auditLog = auditLog;
        this.jobs = jobs;
        this.clock = clock;
        this.retention = retention;
        this.unattachedRetention = unattachedRetention;
    }

    /**
     * Stores a CV file for a candidate (or, with {@code candidateId} null, for an intake not saved yet)
     * and queues its reading. Only the size is refused here; what the file is, the reading finds out.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'ADMIN')")
    public CvDocument upload(@Nullable UUID candidateId, String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new CvRejected(CvRejected.Code.TOO_LARGE, "The file is larger than 10 MB.");
        }
        var user = CurrentUser.require();
        if (candidateId != null) {
            access.check(candidateId, "cv-upload");
        } else if (!user.has(Role.JOBHUNTER) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("a CV belongs to a profile");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Duration keep = candidateId == null ? unattachedRetention : retention;
        jdbc.sql("""
                        insert into cv_document (id, candidate_id, uploaded_by, file_name, size_bytes, sha256, status,
                                                 uploaded_at, retain_until)
                        values (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)""")
                .params(id, candidateId, user.id().value(), safeName(fileName), content.length, sha256(content),
                        Timestamp.from(now), Timestamp.from(now.plus(keep)))
                .update();
        jdbc.sql("insert into cv_file (document_id, content) values (?, ?)").params(id, content).update();
        wakeAfterCommit();
        return load(id);
    }

    /** One document with its state and, once read, its result. */
    @Transactional
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'ADMIN')")
    public CvDocument find(UUID id) {
        checkAccess(id, "cv-view");
        return load(id);
    }

    /**
     * Where the reading of a document stands, without its result: what the screen polls every second
     * while a file is read. Access is checked, not logged again (the upload or view was).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'ADMIN')")
    public CvDocument.Status status(UUID id) {
        checkAccess(id, null);
        return load(id).status();
    }

    /** A candidate's documents, newest first. */
    @Transactional
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'ADMIN')")
    public List<CvDocument> forCandidate(UUID candidateId) {
        access.check(candidateId, "cv-list");
        return jdbc.sql("select " + COLUMNS + " from cv_document where candidate_id = ? order by uploaded_at desc")
                .param(candidateId).query(this::map).list();
    }

    /** The text read from the file, shown next to the draft for review. */
    @Transactional
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'ADMIN')")
    public String text(UUID id) {
        checkAccess(id, "cv-text");
        return jdbc.sql("select coalesce(extracted, '') from cv_document where id = ?").param(id)
                .query(String.class).single();
    }

    /** The original file, as uploaded; refused when it no longer matches its checksum. */
    @Transactional
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'ADMIN')")
    public CvDocument.StoredFile file(UUID id) {
        checkAccess(id, "cv-download");
        var document = load(id);
        byte[] content = jdbc.sql("select content from cv_file where document_id = ?").param(id)
                .query((rs, row) -> rs.getBytes(1)).optional()
                .orElseThrow(() -> new NotFoundException("cv file", id));
        if (!sha256(content).equals(document.sha256())) {
            throw new IllegalStateException("CV file " + id + " does not match its checksum");
        }
        return new CvDocument.StoredFile(document.fileName(), document.mediaType(), content);
    }

    /** Queues a document again, for instance after a reading that failed or a better reader. */
    @Transactional
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'ADMIN')")
    public CvDocument retry(UUID id) {
        checkAccess(id, "cv-retry");
        jdbc.sql("""
                        update cv_document set status = 'QUEUED', failure_code = null, started_at = null,
                                               finished_at = null
                        where id = ? and status in ('READ', 'FAILED')""")
                .param(id).update();
        wakeAfterCommit();
        return load(id);
    }

    /** Deletes the file, its text and what was read from it; a confirmed profile keeps what was confirmed. */
    @Transactional
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'ADMIN')")
    public void delete(UUID id) {
        checkAccess(id, "cv-delete");
        jdbc.sql("delete from cv_document where id = ?").param(id).update();
        auditLog.record("DELETE", "cv_document", id.toString(), "deleted by user");
    }

    /**
     * Everything kept about a candidate's CVs, for the download of the person's own data: per document
     * its file name, dates, status and the text read from it (the file itself is not repeated).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('NEWCOMER', 'ADMIN')")
    public List<java.util.Map<String, Object>> exportOf(UUID candidateId) {
        access.checkQuietly(candidateId);
        return jdbc.sql("""
                        select file_name, media_type, size_bytes, status, language, uploaded_at, finished_at,
                               retain_until, coalesce(extracted, '') as extracted
                        from cv_document where candidate_id = ? order by uploaded_at""")
                .param(candidateId).query((rs, row) -> {
                    java.util.Map<String, Object> document = new java.util.LinkedHashMap<>();
                    document.put("fileName", rs.getString("file_name"));
                    document.put("mediaType", String.valueOf(rs.getString("media_type")));
                    document.put("sizeBytes", rs.getLong("size_bytes"));
                    document.put("status", rs.getString("status"));
                    document.put("language", String.valueOf(rs.getString("language")));
                    document.put("uploadedAt", rs.getTimestamp("uploaded_at").toInstant().toString());
                    Timestamp finished = rs.getTimestamp("finished_at");
                    document.put("readAt", finished == null ? "" : finished.toInstant().toString());
                    document.put("keptUntil", rs.getTimestamp("retain_until").toInstant().toString());
                    document.put("text", rs.getString("extracted"));
                    return document;
                }).list();
    }

    /**
     * Deletes all of a candidate's CV documents with their files, for the erasure of the profile; logged
     * once with the number of documents.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('NEWCOMER', 'ADMIN')")
    public int eraseAllOf(UUID candidateId, String purpose) {
        access.checkQuietly(candidateId);
        int deleted = jdbc.sql("delete from cv_document where candidate_id = ?").param(candidateId).update();
        auditLog.record("ERASE", "cv_document", candidateId.toString(), purpose + ": " + deleted + " documents");
        return deleted;
    }

    /** Hands a document uploaded during an intake to the candidate that intake created. */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public void attach(UUID id, UUID candidateId) {
        checkAccess(id, "cv-attach");
        access.check(candidateId, "cv-attach");
        Instant uploaded = load(id).uploadedAt();
        jdbc.sql("update cv_document set candidate_id = ?, retain_until = ? where id = ? and candidate_id is null")
                .params(candidateId, Timestamp.from(uploaded.plus(retention)), id).update();
    }

    /** Removes documents whose retention has ended; runs every night and is logged. */
    @Scheduled(cron = "${werkbrug.cv.purge-cron:0 17 3 * * *}")
    @Transactional
    public int purgeExpired() {
        List<UUID> expired = jdbc.sql("select id from cv_document where retain_until < ?")
                .param(Timestamp.from(clock.instant())).query(UUID.class).list();
        for (UUID id : expired) {
            jdbc.sql("delete from cv_document where id = ?").param(id).update();
            auditLog.record("DELETE", "cv_document", id.toString(), "retention ended");
        }
        return expired.size();
    }

    private void checkAccess(UUID id, @Nullable String purpose) {
        var owner = jdbc.sql("select candidate_id, uploaded_by from cv_document where id = ?").param(id)
                .query((rs, row) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .optional().orElseThrow(() -> new NotFoundException("cv document", id));
        if (owner[0] != null) {
            if (purpose == null) {
                access.checkQuietly(owner[0]);
            } else {
                access.check(owner[0], purpose);
            }
            return;
        }
        var user = CurrentUser.require();
        if (!user.id().value().equals(owner[1]) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("not your upload");
        }
    }

    private CvDocument load(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from cv_document where id = ?").param(id).query(this::map)
                .optional().orElseThrow(() -> new NotFoundException("cv document", id));
    }

    private CvDocument map(ResultSet rs, int row) throws SQLException {
        String failure = rs.getString("failure_code");
        String result = rs.getString("result");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new CvDocument(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), CvDocument.Status.valueOf(rs.getString("status")),
                failure == null ? null : CvRejected.Code.valueOf(failure), rs.getInt("attempts"),
                rs.getString("language"), result == null ? null : json.readValue(result, CvParseResult.class),
                rs.getTimestamp("uploaded_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getTimestamp("retain_until").toInstant());
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    jobs.wake();
                }
            });
        } else {
            jobs.wake();
        }
    }

    /** The name as shown back to people: no folders, no control characters, at most 255 characters. */
    static String safeName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "cv";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
