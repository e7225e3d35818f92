package fr.centressociaux.portail;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializablePredicate;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.centres.TerritoryMove;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.news.NewsDraft;
import fr.centressociaux.portail.promeneurs.ActivityDraft;
import fr.centressociaux.portail.promeneurs.AnswerDraft;
import fr.centressociaux.portail.promeneurs.LocalEvent;
import fr.centressociaux.portail.promeneurs.NetworkPresence;
import fr.centressociaux.portail.promeneurs.ProfessionalDraft;
import fr.centressociaux.portail.promeneurs.QuestionDraft;
import fr.centressociaux.portail.reporting.ConventionDraft;
import fr.centressociaux.portail.reporting.IndicatorDraft;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.support.fixture.ui.ViewAssemblingDraft;
import fr.centressociaux.portail.support.fixture.ui.ViewReachingIntoStorage;
import fr.centressociaux.portail.support.fixture.ui.ViewSendingMail;
import fr.centressociaux.portail.support.fixture.ui.ViewValidatingByHand;
import fr.centressociaux.portail.trainings.SessionDraft;
import fr.centressociaux.portail.trainings.TrainingDraft;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views talk to their module's services, never to its insides or to the database: that keeps the
 * access checks and audit records of the services on every path from the UI.
 */
class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackagesOf(PortalApplication.class);

    static final ArchRule VIEWS_DO_NOT_USE_MODULE_INTERNALS = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("..internal..")
            .because("views go through a module's public services");

    static final ArchRule VIEWS_DO_NOT_TOUCH_THE_DATABASE = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat(or(
                    resideInAPackage("org.springframework.data.mongodb.core.."),
                    resideInAPackage("com.mongodb.."),
                    assignableTo(Repository.class)))
            .because("services check rights and record audit entries before reaching the database");

    static final ArchRule VIEWS_DO_NOT_SEND_MAIL = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat(or(
                    resideInAPackage("org.springframework.mail.."),
                    resideInAPackage("jakarta.mail..")))
            .because("mail goes through the outbox, written by a service after the change it reports");

    @Test
    void views_do_not_send_mail() {
        VIEWS_DO_NOT_SEND_MAIL.check(PORTAL);
    }

    @Test
    void the_mail_rule_catches_a_view_that_sends_mail() {
        JavaClasses offender = new ClassFileImporter().importClasses(ViewSendingMail.class);

        assertThat(VIEWS_DO_NOT_SEND_MAIL.evaluate(offender).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("JavaMailSender")).anyMatch(line -> line.contains("SimpleMailMessage"));
    }

    /**
     * Views take their checks from the drafts' Jakarta constraints (through a BeanValidationBinder)
     * and show the service's refusals with the shared FieldRefusals: they neither write validators
     * nor make up field problems of their own (DD009).
     */
    static final ArchRule VIEWS_DO_NOT_VALIDATE_BY_HAND = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat(or(
                    resideInAPackage("com.vaadin.flow.data.validator.."),
                    resideInAPackage("jakarta.validation..")))
            .orShould().callConstructor(FieldProblem.class, String.class, String.class, String.class)
            .orShould().callMethod(Binder.class, "withValidator", SerializablePredicate.class, String.class)
            .orShould().callMethod(Binder.class, "withValidator", Validator.class)
            .because("forms validate with the drafts' constraints and show refusals with shared FieldRefusals");

    @Test
    void views_do_not_validate_by_hand() {
        VIEWS_DO_NOT_VALIDATE_BY_HAND.check(PORTAL);
    }

    @Test
    void the_rule_catches_a_view_that_validates_by_hand() {
        JavaClasses offender = new ClassFileImporter().importClasses(ViewValidatingByHand.class);

        EvaluationResult result = VIEWS_DO_NOT_VALIDATE_BY_HAND.evaluate(offender);

        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("StringLengthValidator"))
                .anyMatch(line -> line.contains("FieldProblem.<init>"))
                .anyMatch(line -> line.contains("withValidator"));
    }

    /**
     * The meeting, training, session, membership and territory-move forms bind their drafts with a
     * DraftBinder, which writes the record: a view assembling one of these drafts field by field
     * again would check nothing as the fields are left (DD009).
     */
    static final ArchRule VIEWS_DO_NOT_ASSEMBLE_BOUND_DRAFTS = noClasses().that().resideInAPackage("..ui..")
            .should().callConstructorWhere(target(owner(belongToAnyOf(MeetingDraft.class, TrainingDraft.class,
                    SessionDraft.class, MembershipYear.class, TerritoryMove.class,
                    ProfessionalDraft.class, NetworkPresence.class, ActivityDraft.class, LocalEvent.class,
                    QuestionDraft.class, AnswerDraft.class,
                    ConventionDraft.class, IndicatorDraft.class, NewsDraft.class))))
            .because("forms read their drafts from a DraftBinder bound to the drafts' constraints");

    @Test
    void views_do_not_assemble_bound_drafts() {
        VIEWS_DO_NOT_ASSEMBLE_BOUND_DRAFTS.check(PORTAL);
    }

    @Test
    void the_rule_catches_a_view_that_assembles_a_draft_by_hand() {
        JavaClasses offender = new ClassFileImporter().importClasses(ViewAssemblingDraft.class);

        assertThat(VIEWS_DO_NOT_ASSEMBLE_BOUND_DRAFTS.evaluate(offender).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("SessionDraft$Day.<init>"))
                .anyMatch(line -> line.contains("TrainingDraft.<init>"));
    }

    @Test
    void views_do_not_use_module_internals() {
        VIEWS_DO_NOT_USE_MODULE_INTERNALS.check(PORTAL);
    }

    @Test
    void views_do_not_touch_mongo_operations_or_repositories() {
        VIEWS_DO_NOT_TOUCH_THE_DATABASE.check(PORTAL);
    }

    @Test
    void the_rules_catch_a_view_that_reaches_into_storage() {
        JavaClasses offender = new ClassFileImporter().importClasses(ViewReachingIntoStorage.class);

        EvaluationResult internals = VIEWS_DO_NOT_USE_MODULE_INTERNALS.evaluate(offender);
        EvaluationResult database = VIEWS_DO_NOT_TOUCH_THE_DATABASE.evaluate(offender);

        assertThat(internals.getFailureReport().getDetails()).anyMatch(line -> line.contains("AccountRepository"));
        assertThat(database.getFailureReport().getDetails()).anyMatch(line -> line.contains("MongoOperations"))
                .anyMatch(line -> line.contains("AccountRepository"));
    }
}
