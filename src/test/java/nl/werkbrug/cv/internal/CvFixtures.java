package nl.werkbrug.cv.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Makes every test file from scratch: no real CVs in the repository. */
public final class CvFixtures {

    static final String PAGE1 = "Curriculum Vitae Amira Haddad";
    static final String PAGE2 = "Werkervaring magazijnmedewerker Zeist";

    private CvFixtures() {
    }

    public static Path textPdf(Path dir) throws IOException {
        Path file = dir.resolve("cv.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (String line : new String[] {PAGE1, PAGE2}) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(line);
                    for (int i = 0; i < 20; i++) {
                        cs.newLineAtOffset(0, -20);
                        cs.showText("Regel " + i + " met wat tekst over ervaring en vaardigheden.");
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    public static Path encryptedPdf(Path dir) throws IOException {
        Path file = dir.resolve("encrypted.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                cs.newLineAtOffset(72, 700);
                cs.showText("Secret CV");
                cs.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    public static Path emptyPagePdf(Path dir) throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(file.toFile());
        }
        return file;
    }

    static Path truncatedPdf(Path dir) throws IOException {
        byte[] full = Files.readAllBytes(textPdf(Files.createTempDirectory(dir, "full")));
        return Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(full, full.length / 2));
    }

    /** A text PDF of these lines (Latin script; Helvetica has no other glyphs). */
    public static Path pdf(Path dir, String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 720);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -18);
                }
                cs.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A Word document with one paragraph per line (any script). */
    public static Path docx(Path dir, String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        return file;
    }

    public static Path docx(Path dir) throws IOException {
        Path file = dir.resolve("cv.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(PAGE1);
            doc.createParagraph().createRun().setText(PAGE2);
            for (int i = 0; i < 40; i++) {
                doc.createParagraph().createRun().setText("Alinea " + i + " over opleiding en werk.");
            }
            doc.write(out);
        }
        return file;
    }

    /** A DOCX whose word/document.xml inflates to {@code megabytes} MB of one character. */
    static Path docxBomb(Path dir, int megabytes) throws IOException {
        Path source = docx(Files.createTempDirectory(dir, "src"));
        Path file = dir.resolve("bomb.docx");
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                            + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = new byte[1 << 20];
                    Arrays.fill(chunk, (byte) 'A');
                    for (int i = 0; i < megabytes; i++) {
                        out.write(chunk);
                    }
                    out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(e).transferTo(out);
                }
                out.closeEntry();
            }
        }
        return file;
    }

    /** A PDF whose one content stream is a FlateDecode stream inflating to {@code megabytes} MB of text operators. */
    static Path pdfDeflateBomb(Path dir, int megabytes) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
            z.write("BT /F1 12 Tf 72 700 Td\n".getBytes(StandardCharsets.US_ASCII));
            byte[] op = "(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj\n".getBytes(StandardCharsets.US_ASCII);
            byte[] chunk = new byte[(1 << 20) / op.length * op.length];
            for (int i = 0; i < chunk.length; i += op.length) {
                System.arraycopy(op, 0, chunk, i, op.length);
            }
            for (int i = 0; i < megabytes; i++) {
                z.write(chunk);
            }
            z.write("ET\n".getBytes(StandardCharsets.US_ASCII));
        }
        byte[] stream = deflated.toByteArray();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        long[] offsets = new long[6];
        pdf.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            null,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        for (int i = 0; i < objects.length; i++) {
            offsets[i + 1] = pdf.size();
            pdf.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
            if (objects[i] == null) {
                pdf.writeBytes(("<< /Length " + stream.length + " /Filter /FlateDecode >>\nstream\n")
                        .getBytes(StandardCharsets.US_ASCII));
                pdf.writeBytes(stream);
                pdf.writeBytes("\nendstream".getBytes(StandardCharsets.US_ASCII));
            } else {
                pdf.writeBytes(objects[i].getBytes(StandardCharsets.US_ASCII));
            }
            pdf.writeBytes("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        }
        long xref = pdf.size();
        StringBuilder sb = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
        for (int i = 1; i <= 5; i++) {
            sb.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        sb.append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        pdf.writeBytes(sb.toString().getBytes(StandardCharsets.US_ASCII));
        return Files.write(dir.resolve("deflate-bomb.pdf"), pdf.toByteArray());
    }

    static Path odt(Path dir) throws IOException {
        Path file = dir.resolve("cv.odt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                     <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                      xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                     <office:body><office:text><text:p>%s</text:p><text:p>%s</text:p></office:text></office:body>
                    </office:document-content>
                    """).formatted(PAGE1, PAGE2).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    static Path rtf(Path dir) throws IOException {
        return Files.writeString(dir.resolve("cv.rtf"),
                "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs24 " + PAGE1 + "\\par " + PAGE2 + "\\par}",
                StandardCharsets.US_ASCII);
    }

    static Path html(Path dir) throws IOException {
        return Files.writeString(dir.resolve("cv.html"), "<!DOCTYPE html><html><head><title>CV</title></head><body><h1>"
                + PAGE1 + "</h1><p>" + PAGE2 + "</p></body></html>");
    }

    public static Path text(Path dir) throws IOException {
        return Files.writeString(dir.resolve("cv.txt"), PAGE1 + "\n" + PAGE2 + "\nRijbewijs B, heftruckcertificaat.\n");
    }

    static Path image(Path dir, String format) throws IOException {
        return image(dir, format, List.of("Amira Haddad CV"));
    }

    /** A photo or scan of printed lines, black on white, large enough for OCR. */
    public static Path image(Path dir, String format, List<String> lines) throws IOException {
        BufferedImage img = scan(lines);
        Path file = dir.resolve("scan-" + lines.size() + "." + format);
        if (!ImageIO.write(img, format, file.toFile())) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return file;
    }

    /** A PDF whose only page is a picture of text, as a scanner makes it: no text layer. */
    public static Path scannedPdf(Path dir, List<String> lines) throws IOException {
        Path file = dir.resolve("scanned.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            var image = LosslessFactory.createFromImage(doc, scan(lines));
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float width = page.getMediaBox().getWidth() - 72;
                float height = width * image.getHeight() / image.getWidth();
                content.drawImage(image, 36, page.getMediaBox().getHeight() - 36 - height, width, height);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static BufferedImage scan(List<String> lines) {
        int lineHeight = 56;
        BufferedImage img = new BufferedImage(1400, 80 + lineHeight * lines.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), 40, 70 + i * lineHeight);
        }
        g.dispose();
        return img;
    }

    /** An ELF header (0x7F 'E' 'L' 'F' ...) under a .pdf name. */
    static Path elfAsPdf(Path dir) throws IOException {
        byte[] bytes = new byte[4096];
        byte[] header = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return Files.write(dir.resolve("invoice.pdf"), bytes);
    }

    /** A Windows PE (MZ ... PE\0\0) under a .pdf name. */
    static Path exeAsPdf(Path dir) throws IOException {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3C] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        System.arraycopy("This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0x4E, 39);
        return Files.write(dir.resolve("setup.pdf"), bytes);
    }

    static Path garbage(Path dir) throws IOException {
        byte[] bytes = new byte[20_000];
        new java.util.Random(42).nextBytes(bytes);
        return Files.write(dir.resolve("garbage.pdf"), bytes);
    }

    /** A "PDF" header followed by garbage. */
    static Path pdfHeaderGarbage(Path dir) throws IOException {
        byte[] bytes = new byte[20_000];
        new java.util.Random(7).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return Files.write(dir.resolve("broken.pdf"), bytes);
    }

    static Path elevenMegabytes(Path dir) throws IOException {
        byte[] bytes = new byte[11 * 1024 * 1024];
        Arrays.fill(bytes, (byte) 'x');
        return Files.write(dir.resolve("big.txt"), bytes);
    }
}
