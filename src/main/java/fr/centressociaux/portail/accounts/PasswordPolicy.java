package fr.centressociaux.portail.accounts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import fr.centressociaux.portail.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * Judges new passwords: at least {@value #MIN_LENGTH} characters and hard to guess according to
 * zxcvbn, which ships its own dictionaries of common passwords, names and words. The person's
 * own name and email count as easy guesses too. zxcvbn's cost grows steeply with the length
 * (1,000 characters took 29 s), so input over {@value #MAX_LENGTH} characters is refused unmeasured.
 * bcrypt reads only {@value #MAX_BYTES} bytes (Spring's encoder throws beyond), so a longer password
 * in UTF-8 is refused with a French explanation rather than pre-hashed (see DD003).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** The longest input measured or accepted; the password fields stop typing there too. */
    public static final int MAX_LENGTH = 128;
    /** bcrypt's limit: 72 letters without accents, 36 accented ones. */
    public static final int MAX_BYTES = 72;
    /** zxcvbn score 3: "safely unguessable", about 10^8 guesses or more. */
    static final int MIN_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();
    private final Texts texts;

    PasswordPolicy(Texts texts) {
        this.texts = texts;
    }

    /** French reasons why the password is refused; empty when it is acceptable. */
    public List<String> problems(String password, String... personalInputs) {
        List<String> problems = new ArrayList<>();
        if (password.length() < MIN_LENGTH) {
            problems.add(texts.get("password.too-short", MIN_LENGTH));
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add(texts.get("password.too-long", MAX_LENGTH));
            return problems;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(texts.get("password.too-many-bytes", MAX_BYTES));
            return problems;
        }
        Strength strength = zxcvbn.measure(password, personalWords(personalInputs));
        if (strength.getScore() < MIN_SCORE) {
            problems.add(texts.get("password.too-weak"));
            Feedback feedback = strength.getFeedback();
            String warning = feedback.getWarning(Locale.FRENCH);
            if (warning != null && !warning.isBlank()) {
                problems.add(warning);
            }
            problems.addAll(feedback.getSuggestions(Locale.FRENCH));
        }
        return problems;
    }

    private static List<String> personalWords(String... inputs) {
        List<String> words = new ArrayList<>();
        for (String input : inputs) {
            // Whole inputs too: zxcvbn counts "first.last" as three parts and rates it hard to guess.
            String whole = input.strip().toLowerCase(Locale.ROOT);
            if (whole.length() >= 3) {
                words.add(whole);
            }
            if (whole.indexOf('@') > 0) {
                words.add(whole.substring(0, whole.indexOf('@')));
            }
            for (String word : whole.split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 3) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
