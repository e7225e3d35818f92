package fr.centressociaux.portail.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenInsertionTest {

    private static final String TOKEN = "{{figure:a1}}";

    @Test
    void the_token_goes_where_the_caret_is_and_the_caret_goes_after_it() {
        TokenInsertion insertion = TokenInsertion.of("Le Littoral a tenu assemblées.", 19, 19, TOKEN);

        assertThat(insertion.text()).isEqualTo("Le Littoral a tenu {{figure:a1}} assemblées.");
        assertThat(insertion.caret()).isEqualTo("Le Littoral a tenu {{figure:a1}} ".length());
    }

    @Test
    void the_token_replaces_the_selected_text() {
        assertThat(TokenInsertion.of("Le Littoral a tenu trois assemblées.", 19, 24, TOKEN).text())
                .isEqualTo("Le Littoral a tenu {{figure:a1}} assemblées.");
    }

    @Test
    void a_space_keeps_the_token_apart_from_a_word_it_would_touch() {
        assertThat(TokenInsertion.of("tenu", 4, 4, TOKEN).text()).isEqualTo("tenu {{figure:a1}}");
        assertThat(TokenInsertion.of("assemblées", 0, 0, TOKEN).text()).isEqualTo("{{figure:a1}} assemblées");
        assertThat(TokenInsertion.of("", 0, 0, TOKEN).text()).isEqualTo(TOKEN);
    }

    @Test
    void a_caret_outside_the_text_is_taken_as_its_end() {
        assertThat(TokenInsertion.of("Total :", 42, 42, TOKEN).text()).isEqualTo("Total : {{figure:a1}}");
    }
}
