package nl.werkbrug.employer;

import nl.werkbrug.shared.Translations;
import nl.werkbrug.shared.UiLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A vacancy refused by the fair-work check, as an RFC 9457 problem with a {@code code}, in the caller's language. */
@RestControllerAdvice
class FairWorkProblems {

    private final Translations translations;

    FairWorkProblems(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(FairWorkRefused.class)
    ProblemDetail refused(FairWorkRefused e, java.util.Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                translations.text(UiLanguage.of(locale), "fairWork.refused." + e.code(),
                        e.minimumWage() == null ? "" : e.minimumWage().toPlainString()));
        problem.setTitle("The vacancy does not meet the fair-work rules");
        problem.setProperty("code", e.code());
        if (e.minimumWage() != null) {
            problem.setProperty("minimumWage", e.minimumWage());
        }
        return problem;
    }
}
