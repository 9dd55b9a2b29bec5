package nl.werkbrug.cv;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/cv")
@Tag(name = "CV")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAuthority('SCOPE_cv')")
class CvController {

    private final CvParser parser;

    CvController(CvParser parser) {
        this.parser = parser;
    }

    @PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Read a CV (PDF, DOCX, DOC, ODT, RTF, TXT, HTML, JPG, PNG, TIFF; at most 10 MB) into ESCO occupations and skills")
    CvParseResult parse(@RequestParam("file") MultipartFile file, @RequestParam(required = false) @Nullable String language)
            throws IOException {
        if (file.getSize() > 10L * 1024 * 1024) {
            throw new CvRejected(CvRejected.Code.TOO_LARGE, "The file is larger than 10 MB.");
        }
        try (var in = file.getInputStream()) {
            return parser.parse(in, language);
        }
    }
}
