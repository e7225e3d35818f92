package fr.centressociaux.portail.shared;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.validator.BeanValidator;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.ApplicationForm;
import fr.centressociaux.portail.centres.Approval;
import fr.centressociaux.portail.centres.CentreKind;
import fr.centressociaux.portail.centres.CentreProfile;
import fr.centressociaux.portail.centres.Management;
import fr.centressociaux.portail.centres.RoleHolder;
import fr.centressociaux.portail.centres.YearlyFigures;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.PersonDraft;
import fr.centressociaux.portail.meetings.WalkInDraft;
import fr.centressociaux.portail.trainings.SessionDraft;
import fr.centressociaux.portail.trainings.TraineeDraft;
import fr.centressociaux.portail.trainings.TrainingDraft;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every form's draft speaks French: each constraint broken by a bad draft gives its French message
 * under the field's name, the same through Spring's validator (services) and through the default
 * factory Vaadin's BeanValidationBinder uses (forms), whatever the JVM's locale.
 */
class DraftMessagesTest {

    private static final String REQUIRED = "Ce champ est obligatoire.";
    private static final String EMAIL = "Saisissez une adresse électronique valide, par exemple contact@example.org.";
    private static final String YEAR = "Indiquez une année entre 2000 et l’année en cours + 5.";

    static Stream<Arguments> badDrafts() {
        PersonDraft nobody = new PersonDraft(" ", "N".repeat(81), null);
        return Stream.of(
                arguments(nobody, Map.of("firstName", REQUIRED, "lastName", "Pas plus de 80 caractères.",
                        "kind", REQUIRED)),
                arguments(new WalkInDraft(new PersonDraft("Lina", "Roy", ParticipantKind.PARTNER), null, " "),
                        Map.of("organisation", REQUIRED)),
                arguments(new MeetingDraft(null, "", null, LocalDate.of(1999, 1, 1), LocalTime.NOON,
                        LocalTime.of(11, 0), " ", "", List.of(), null, "O".repeat(151)),
                        Map.of("kindId", REQUIRED, "title", REQUIRED, "scope", REQUIRED, "date", YEAR,
                                "endTime", "L’heure de fin doit suivre l’heure de début.", "place", REQUIRED,
                                "organiserName", "Pas plus de 150 caractères.")),
                arguments(new TraineeDraft("", "Roussel", null, null),
                        Map.of("firstName", REQUIRED, "kind", REQUIRED, "job", REQUIRED)),
                arguments(new TrainingDraft(2204, " ", null, null, List.of(), Duration.ofHours(401), "", "", "", null),
                        Map.of("year", YEAR, "title", REQUIRED, "family", REQUIRED, "audience", REQUIRED,
                                "duration", "Pas plus de 400 heures.")),
                arguments(new SessionDraft(List.of(), null, 0, null),
                        Map.of("days", "Indiquez au moins une journée.",
                                "capacity", "Indiquez un nombre entier entre 1 et 500.",
                                "registrationDeadline", REQUIRED)),
                arguments(new SessionDraft(List.of(
                        new SessionDraft.Day(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0), LocalTime.of(8, 0), ""),
                        new SessionDraft.Day(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0), null, "Arras")), null, 12,
                        LocalDate.of(2026, 3, 5)),
                        Map.of("days[0].end", "L’heure de fin doit suivre l’heure de début.",
                                "days[0].place", REQUIRED, "days[1].end", REQUIRED,
                                "days[1].date", "Cette date figure deux fois.",
                                "registrationDeadline",
                                "La date limite d’inscription ne peut pas suivre la première journée.")),
                arguments(new CentreProfile(" ", null, Management.ASSOCIATIVE, "", "75001", "", null, "contact@",
                        "12 34", "example.org", ""),
                        Map.of("name", REQUIRED, "kind", REQUIRED, "street", REQUIRED, "commune", REQUIRED,
                                "postalCode", "Le code postal doit être du Nord (59) ou du Pas-de-Calais (62).",
                                "email", EMAIL,
                                "phone", "Saisissez un numéro de téléphone français à 10 chiffres, par exemple "
                                        + "03 21 00 00 00.",
                                "website", "Saisissez l’adresse complète du site, commençant par https://.",
                                "siret", "Le SIRET est obligatoire pour une structure associative.")),
                arguments(new RoleHolder("", "direction@", null), Map.of("name", REQUIRED, "email", EMAIL)),
                arguments(new ApplicationForm(new CentreProfile("Centre social Les Oyats", CentreKind.CS,
                        Management.MUNICIPALE, "1 rue des Dunes", "62100", "Calais", null, null, null, null, null), "", " ", "", ""),
                        Map.of("territoryId", "Choisissez le territoire de la structure.",
                                "directorName", "Saisissez le nom de la personne qui dirige la structure "
                                        + "(120 caractères au plus).",
                                "directorEmail", EMAIL)),
                arguments(new YearlyFigures(2204, 10, 12.5, 99_999_999),
                        Map.of("year", YEAR, "volunteers", "Indiquez un nombre entier entre 0 et 5000.",
                                "fullTimeEquivalent", "Les ETP ne peuvent pas dépasser le nombre de salariés.")),
                arguments(Approval.dated(LocalDate.of(2025, 1, 1), LocalDate.of(2999, 12, 31)),
                        Map.of("end", "La fin de l’agrément doit venir après son début, 5 ans après au plus.")));
    }

    @ParameterizedTest
    @MethodSource("badDrafts")
    void spring_tells_each_problem_of_a_draft_in_french_under_its_field(Object draft, Map<String, String> expected) {
        assertThat(messages(springValidator(), draft)).isEqualTo(new TreeMap<>(expected));
    }

    @ParameterizedTest
    @MethodSource("badDrafts")
    void the_forms_validator_tells_the_same_in_french_even_on_an_english_machine(Object draft,
            Map<String, String> expected) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(messages(factory.getValidator(), draft)).isEqualTo(new TreeMap<>(expected));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void vaadins_bean_validator_checks_one_field_of_a_record_in_french() {
        BeanValidator firstName = new BeanValidator(PersonDraft.class, "firstName");

        assertThat(firstName.apply(" ", new ValueContext(Locale.FRANCE)).getErrorMessage()).isEqualTo(REQUIRED);
        assertThat(firstName.apply("Nadia", new ValueContext(Locale.FRANCE)).isError()).isFalse();
    }

    private static Map<String, String> messages(Validator validator, Object draft) {
        Map<String, String> messages = new TreeMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(draft)) {
            messages.put(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return messages;
    }

    /** Built as Spring Boot builds the portal's validator (its message interpolator included). */
    private static Validator springValidator() {
        LocalValidatorFactoryBean factory = new LocalValidatorFactoryBean();
        StaticApplicationContext context = new StaticApplicationContext();
        context.refresh();
        factory.setMessageInterpolator(new MessageInterpolatorFactory(context).getObject());
        factory.afterPropertiesSet();
        return factory;
    }
}
