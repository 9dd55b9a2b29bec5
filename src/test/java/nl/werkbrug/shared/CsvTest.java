package nl.werkbrug.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void reads_quoted_fields_with_commas_quotes_and_line_breaks() throws IOException {
        var rows = Csv.read(new StringReader("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\nlast,\n"));
        assertThat(rows).containsExactly(List.of("a", "b"), List.of("x, y", "say \"hi\"\nthere"), List.of("last", ""));
    }

    @Test
    void keeps_a_last_row_without_line_break() throws IOException {
        assertThat(Csv.read(new StringReader("1,2"))).containsExactly(List.of("1", "2"));
        assertThat(Csv.read(new StringReader(""))).isEmpty();
    }
}
