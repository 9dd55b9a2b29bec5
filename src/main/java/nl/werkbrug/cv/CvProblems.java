package nl.werkbrug.cv;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A file that cannot be read as a CV becomes an RFC 9457 problem with a {@code code} member. */
@RestControllerAdvice(assignableTypes = {CvController.class, CvDocumentController.class})
class CvProblems {

    @ExceptionHandler(CvRejected.class)
    ProblemDetail rejected(CvRejected e) {
        HttpStatus status = switch (e.code()) {
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        var problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle("The file cannot be read as a CV");
        problem.setProperty("code", e.code().name());
        return problem;
    }
}
