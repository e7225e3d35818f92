package fr.centressociaux.portail.accounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import fr.centressociaux.portail.shared.FrenchTexts;
import fr.centressociaux.portail.shared.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PasswordPolicyTest {

    private static final String ZXCVBN_MESSAGES = "com/nulabinc/zxcvbn/messages";

    private final Texts texts = FrenchTexts.load();
    private final PasswordPolicy policy = new PasswordPolicy(texts);

    @Test
    void a_password_shorter_than_twelve_characters_is_refused_in_french() {
        String elevenCharacters = "x".repeat(PasswordPolicy.MIN_LENGTH - 1);

        List<String> problems = policy.problems(elevenCharacters);

        assertThat(problems).containsExactly(texts.get("password.too-short", PasswordPolicy.MIN_LENGTH));
        assertThat(problems.getFirst()).contains("au moins " + PasswordPolicy.MIN_LENGTH + " caractères");
    }

    @Test
    void twelve_characters_are_long_enough() {
        String twelveCharacters = "vq8#Lm2!zR7w";
        assertThat(twelveCharacters).hasSize(PasswordPolicy.MIN_LENGTH);

        assertThat(policy.problems(twelveCharacters))
                .doesNotContain(texts.get("password.too-short", PasswordPolicy.MIN_LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"motdepasse123", "azertyuiop12", "password1234", "soleil123456", "Marseille2024"})
    void a_common_password_is_refused_with_french_advice(String common) {
        List<String> problems = policy.problems(common);

        assertThat(problems).first().isEqualTo(texts.get("password.too-weak"));
        List<String> advice = problems.subList(1, problems.size());
        assertThat(advice).as("zxcvbn's own advice").isNotEmpty();
        assertThat(frenchZxcvbnMessages()).as("zxcvbn's French messages").containsAll(advice);
        assertThat(englishZxcvbnMessages()).as("zxcvbn's English messages").doesNotContainAnyElementsOf(advice);
    }

    @ParameterizedTest
    @ValueSource(strings = {"quentin.vandervelde@centre-wattrelos.fr", "Quentin.Vandervelde1", "QuentinVandervelde",
            "vandervelde2024"})
    void a_password_made_of_the_persons_own_email_or_name_is_refused(String password) {
        String email = "quentin.vandervelde@centre-wattrelos.fr";
        String name = "Quentin Vandervelde";

        assertThat(policy.problems(password)).as("the same password for someone else").isEmpty();
        assertThat(policy.problems(password, email, name)).first().isEqualTo(texts.get("password.too-weak"));
    }

    @Test
    void blank_personal_details_do_not_break_the_judgement() {
        assertThat(policy.problems("girafe tonnerre pupitre mandoline", "", " ")).isEmpty();
    }

    @Test
    void a_long_unusual_passphrase_is_accepted() {
        assertThat(policy.problems("girafe tonnerre pupitre mandoline", "anne.durand@example.org", "Anne Durand"))
                .isEmpty();
    }

    @Test
    void a_password_over_the_length_cap_is_refused_at_once_without_being_measured() {
        // zxcvbn took 29 s of server CPU for 1,000 characters like these.
        String thousandCharacters = "Zq7!kd3#Lm9@pW2x".repeat(63).substring(0, 1000);

        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> policy.problems(thousandCharacters));

        assertThat(problems).containsExactly(texts.get("password.too-long", PasswordPolicy.MAX_LENGTH));
        assertThat(problems.getFirst()).contains("dépasser " + PasswordPolicy.MAX_LENGTH + " caractères");
    }

    @Test
    void a_password_over_bcrypts_72_bytes_is_refused_in_french_though_it_has_fewer_characters() {
        String fortyAccentedLetters = "éàèùâêîôûç".repeat(4);
        assertThat(fortyAccentedLetters).hasSizeLessThan(PasswordPolicy.MAX_LENGTH);

        List<String> problems = policy.problems(fortyAccentedLetters);

        assertThat(problems).containsExactly(texts.get("password.too-many-bytes", PasswordPolicy.MAX_BYTES));
        assertThat(problems.getFirst()).contains("trop long");
    }

    @Test
    void seventy_two_letters_without_accents_are_not_too_long() {
        String seventyTwoLetters = "girafe tonnerre pupitre mandoline ".repeat(3).substring(0, 72);

        assertThat(policy.problems(seventyTwoLetters)).isEmpty();
    }

    private static Set<String> frenchZxcvbnMessages() {
        return values(ResourceBundle.getBundle(ZXCVBN_MESSAGES, Locale.FRENCH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    private static Set<String> englishZxcvbnMessages() {
        return values(ResourceBundle.getBundle(ZXCVBN_MESSAGES, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    private static Set<String> values(ResourceBundle bundle) {
        List<String> keys = new ArrayList<>(Collections.list(bundle.getKeys()));
        return keys.stream().map(bundle::getString).collect(Collectors.toSet());
    }
}
