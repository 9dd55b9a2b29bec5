package nl.werkbrug.taxonomy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    @Test
    void keeps_technical_names_made_of_punctuation() {
        assertThat(TextAnalyzer.terms("Java, C# or C++", "en")).containsExactly("java", "csharp", "cpp");
        assertThat(TextAnalyzer.terms("ASP.NET and .NET Core", "en")).containsExactly("asp", "dotnet", "dotnet", "core");
        assertThat(TextAnalyzer.terms("C Sharp, dot net", "en")).containsExactly("csharp", "dotnet");
        assertThat(TextAnalyzer.terms("Objective-C", "en")).containsExactly("objective", "c");
    }

    @Test
    void stems_english_inflection_but_not_derivation() {
        assertThat(TextAnalyzer.terms("developers testing technologies", "en"))
                .containsExactly("developer", "test", "technology");
        assertThat(TextAnalyzer.terms("experience", "en")).isNotEqualTo(TextAnalyzer.terms("experiment", "en"));
    }

    @Test
    void leaves_out_stop_words() {
        assertThat(TextAnalyzer.terms("tools, etc.", "en")).containsExactly("tool");
    }
}
