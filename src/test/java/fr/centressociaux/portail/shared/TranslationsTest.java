package fr.centressociaux.portail.shared;

import fr.centressociaux.portail.reporting.BilanPayments;
import fr.centressociaux.portail.reporting.BilanStatus;
import fr.centressociaux.portail.reporting.Instalment;
import fr.centressociaux.portail.shared.measure.ParameterKind;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.centressociaux.portail.accounts.AccountStatus;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.mail.DeliveryState;
import fr.centressociaux.portail.followup.Alert;
import fr.centressociaux.portail.followup.BodyLevel;
import fr.centressociaux.portail.followup.CooperationTheme;
import fr.centressociaux.portail.followup.Difficulty;
import fr.centressociaux.portail.followup.PartnerKind;
import fr.centressociaux.portail.followup.SenacsStatus;
import fr.centressociaux.portail.followup.TimelineEvent;
import fr.centressociaux.portail.centres.ApprovalKind;
import fr.centressociaux.portail.followup.SupportKind;
import fr.centressociaux.portail.followup.SupportStatus;
import fr.centressociaux.portail.meetings.MeetingStatus;
import fr.centressociaux.portail.meetings.ParticipantSource;
import fr.centressociaux.portail.meetings.Presence;
import fr.centressociaux.portail.meetings.ScopeLevel;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.meetings.StandardSubject;
import fr.centressociaux.portail.meetings.TermType;
import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.centres.ApplicationStatus;
import fr.centressociaux.portail.centres.Approval;
import fr.centressociaux.portail.centres.CentreKind;
import fr.centressociaux.portail.centres.ImportAction;
import fr.centressociaux.portail.centres.Management;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.promeneurs.FigureRecord;
import fr.centressociaux.portail.promeneurs.LeavingReason;
import fr.centressociaux.portail.promeneurs.ProfessionalStatus;
import fr.centressociaux.portail.promeneurs.PromeneurEvents;
import fr.centressociaux.portail.promeneurs.PromeneursMeasure;
import fr.centressociaux.portail.promeneurs.PublicField;
import fr.centressociaux.portail.promeneurs.StructureKind;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.shared.JavaSourceScanner.Argument;
import fr.centressociaux.portail.shared.JavaSourceScanner.HardCodedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user reads comes from the French translation file, and every key the code asks
 * for is in it: no hard-coded labels in Java, no missing or duplicated keys, labels for every
 * role, account status and audit event.
 */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    /** Every translation file; each must be on the message source's basename (checked below). */
    private static final Path TRANSLATIONS = Path.of("src", "main", "resources", "vaadin-i18n");
    /** The messages of the drafts' Jakarta constraints (DD009). */
    private static final Path VALIDATION_MESSAGES = Path.of("src", "main", "resources", "ValidationMessages.properties");

    /** Calls whose arguments at these positions are translation keys. */
    private static final Map<Pattern, int[]> KEY_ARGUMENTS = Map.of(
            Pattern.compile("\\bgetTranslation\\s*\\("), new int[] {0},
            Pattern.compile("\\btexts\\s*\\.\\s*get\\s*\\("), new int[] {0},
            Pattern.compile("\\bNotifications\\s*\\.\\s*success\\s*\\("), new int[] {0},
            Pattern.compile("\\bnew\\s+ViewHeader\\s*\\("), new int[] {0, 1},
            Pattern.compile("\\bshowFrame\\s*\\("), new int[] {0, 1},
            Pattern.compile("\\bnew\\s+UserFacingException\\s*\\("), new int[] {0});
    private static final Pattern MENU = Pattern.compile("@Menu\\s*\\(");
    private static final Pattern MENU_TITLE = Pattern.compile("title\\s*=\\s*\"([^\"]*)\"");
    /** A literal shaped like a key, e.g. {@code "accounts.role-changed"} or the prefix {@code "role."}. */
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[A-Za-z0-9_-]+)*\\.?");

    // (a) No user-facing text in Java

    @Test
    void no_user_facing_text_is_hard_coded_in_java() {
        List<HardCodedText> hardCoded = mainSources().entrySet().stream()
                .flatMap(source -> new JavaSourceScanner(source.getKey(), source.getValue()).hardCodedTexts().stream())
                .toList();

        assertThat(hardCoded).as("texts to move to %s", TRANSLATIONS).isEmpty();
    }

    @Test
    void the_scanner_flags_hard_coded_labels_but_not_keys_symbols_other_apis_or_comments() {
        String sample = """
                class Sample extends Div {
                    Sample(boolean ok, String title) {
                        add(new Button("Enregistrer"));
                        name.setLabel("Nom");
                        Notification.show("Enregistré", 3000, Notification.Position.MIDDLE);
                        add(new Span(ok ? "Oui" : "Non"), new Select<String>("Rôle"));
                        getElement().setAttribute("aria-label", "Fermer");
                        menu.addItem("Quitter", click -> close());
                        add(new Button(getTranslation("action.save"), click -> save("Pas un libellé")));
                        add(new Span(" — " + getTranslation("home.title")), new H2(title));
                        response.setHeader("Cache-Control", "no-store");
                        addClassName("view-header");
                        char quote = '"';
                        // add(new Span("Commenté"));
                        /* setText("Aussi commenté"); */
                    }
                }
                """;

        List<HardCodedText> flagged = new JavaSourceScanner("Sample.java", sample).hardCodedTexts();

        assertThat(flagged).extracting(HardCodedText::text)
                .containsExactlyInAnyOrder("Enregistrer", "Nom", "Enregistré", "Oui", "Non", "Rôle", "Fermer",
                        "Quitter");
        assertThat(flagged).filteredOn(text -> text.text().equals("Nom")).extracting(HardCodedText::line)
                .containsExactly(4);
    }

    // (b) Every key used exists

    @Test
    void every_translation_key_used_in_the_code_exists() {
        Set<String> defined = translations().stringPropertyNames();
        List<String> missing = new ArrayList<>();
        mainSources().forEach((file, source) -> usedKeys(new JavaSourceScanner(file, source)).stream()
                .filter(key -> !defined.contains(key))
                .forEach(key -> missing.add(file + ": " + key)));

        assertThat(missing).as("keys missing from %s", TRANSLATIONS).isEmpty();
    }

    @Test
    void every_menu_entry_has_a_title_and_a_line_of_help() {
        Set<String> defined = translations().stringPropertyNames();
        Set<String> titles = new TreeSet<>();
        mainSources().forEach((file, source) -> titles.addAll(menuTitles(new JavaSourceScanner(file, source))));

        assertThat(titles).as("menu titles found").contains("menu.home", "menu.accounts");
        assertThat(titles).allSatisfy(title -> assertThat(defined).contains(title, title + ".help"));
    }

    @Test
    void every_role_account_status_and_audit_event_has_a_french_label() {
        Set<String> defined = translations().stringPropertyNames();

        assertThat(Arrays.stream(Role.values()).map(Role::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(AccountStatus.values()).map(AccountStatus::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(AuditEventType.values()).map(AuditEventType::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(DeliveryState.values()).map(DeliveryState::labelKey)).allMatch(defined::contains);
    }

    @Test
    void every_newsletter_and_bounce_enum_has_a_french_label() {
        Set<String> defined = translations().stringPropertyNames();

        assertThat(Arrays.stream(fr.centressociaux.portail.mail.BounceReason.values())
                .map(fr.centressociaux.portail.mail.BounceReason::labelKey)).allMatch(defined::contains);
        assertThat(Stream.of(fr.centressociaux.portail.newsletter.SubscriptionStatus.values())
                .map(fr.centressociaux.portail.newsletter.SubscriptionStatus::labelKey)).allMatch(defined::contains);
        assertThat(Stream.of(fr.centressociaux.portail.newsletter.ConsentSource.values())
                .map(fr.centressociaux.portail.newsletter.ConsentSource::labelKey)).allMatch(defined::contains);
        assertThat(Stream.of(fr.centressociaux.portail.newsletter.SubscriberSource.values())
                .map(fr.centressociaux.portail.newsletter.SubscriberSource::labelKey)).allMatch(defined::contains);
        assertThat(Stream.of(fr.centressociaux.portail.newsletter.IssueStatus.values())
                .map(fr.centressociaux.portail.newsletter.IssueStatus::labelKey)).allMatch(defined::contains);
        assertThat(Stream.of(fr.centressociaux.portail.news.NewsSource.values())
                .map(fr.centressociaux.portail.news.NewsSource::labelKey)).allMatch(defined::contains);
    }

    @Test
    void every_department_and_centre_enum_has_a_french_label() {
        Set<String> defined = translations().stringPropertyNames();

        assertThat(Arrays.stream(Department.values()).map(Department::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(CentreKind.values()).map(CentreKind::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(Management.values()).map(Management::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(MembershipStatus.values()).map(MembershipStatus::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(Approval.RenewalState.values()).map(Approval.RenewalState::labelKey))
                .allMatch(defined::contains);
        assertThat(Arrays.stream(ApplicationStatus.values()).map(ApplicationStatus::labelKey))
                .allMatch(defined::contains);
        assertThat(Arrays.stream(ImportAction.values()).map(ImportAction::labelKey)).allMatch(defined::contains);
    }

    @Test
    void every_meeting_and_participant_enum_has_a_french_label() {
        Set<String> defined = translations().stringPropertyNames();

        assertThat(Arrays.stream(ParticipantKind.values()).map(ParticipantKind::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(ScopeLevel.values()).map(ScopeLevel::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(MeetingStatus.values()).map(MeetingStatus::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(Presence.values()).map(Presence::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(ParticipantSource.values()).map(ParticipantSource::labelKey))
                .allMatch(defined::contains);
        assertThat(Arrays.stream(TermType.values()).map(TermType::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(StandardKind.values()).map(StandardKind::seedNameKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(StandardSubject.values()).map(StandardSubject::seedNameKey))
                .allMatch(defined::contains);
        // Follow-up (issue 13)
        assertThat(Arrays.stream(SupportKind.values()).map(SupportKind::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(Difficulty.values()).map(Difficulty::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(SupportStatus.values()).map(SupportStatus::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(PartnerKind.values()).map(PartnerKind::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(CooperationTheme.values()).map(CooperationTheme::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(SenacsStatus.values()).map(SenacsStatus::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(BodyLevel.values()).map(BodyLevel::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(Alert.Kind.values()).map(Alert.Kind::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(TimelineEvent.Kind.values()).map(TimelineEvent.Kind::labelKey))
                .allMatch(defined::contains);
        assertThat(Arrays.stream(ApprovalKind.values()).map(ApprovalKind::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(Approval.RenewalStep.values()).map(Approval.RenewalStep::labelKey))
                .allMatch(defined::contains);
    }

    @Test
    void every_promeneurs_enum_and_role_introduction_has_a_french_label() {
        Set<String> defined = translations().stringPropertyNames();

        assertThat(Arrays.stream(ProfessionalStatus.values()).map(ProfessionalStatus::labelKey))
                .allMatch(defined::contains);
        assertThat(Arrays.stream(LeavingReason.values()).map(LeavingReason::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(StructureKind.values()).map(StructureKind::labelKey)).allMatch(defined::contains);
        assertThat(PromeneursMeasure.EVENT_KINDS.stream().map(PromeneurEvents::kindLabelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(PublicField.values()).map(PublicField::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(PromeneursMeasure.values()).map(PromeneursMeasure::labelKey))
                .allMatch(defined::contains);
        assertThat(Arrays.stream(FigureRecord.Type.values()).map(FigureRecord.Type::labelKey))
                .allMatch(defined::contains);
        assertThat(Arrays.stream(Role.values()).map(role -> "promeneurs.list.intro." + role.name()))
                .allMatch(defined::contains);
    }

    @Test
    void every_document_format_and_measure_unit_has_a_french_label() {
        Set<String> defined = translations().stringPropertyNames();

        assertThat(Arrays.stream(fr.centressociaux.portail.documents.DocumentFormat.values())
                .map(fr.centressociaux.portail.documents.DocumentFormat::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(fr.centressociaux.portail.shared.measure.MeasureUnit.values())
                .map(unit -> "documents.unit." + unit.name())).allMatch(defined::contains);
        assertThat(Arrays.stream(fr.centressociaux.portail.shared.measure.MeasureUnit.values())
                .map(unit -> "documents.chart.unit." + unit.name())).allMatch(defined::contains);
    }

    @Test
    void every_reporting_enum_has_a_french_label() {
        Set<String> defined = translations().stringPropertyNames();

        assertThat(Arrays.stream(ParameterKind.values()).map(ParameterKind::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(BilanStatus.values()).map(BilanStatus::labelKey)).allMatch(defined::contains);
        assertThat(Arrays.stream(Instalment.PaymentTrigger.values()).map(Instalment.PaymentTrigger::labelKey))
                .allMatch(defined::contains);
        assertThat(Arrays.stream(BilanPayments.State.values()).map(BilanPayments.State::labelKey))
                .allMatch(defined::contains);
    }

    @Test
    void every_role_has_a_home_introduction_and_a_list_of_what_comes_next() {
        Set<String> defined = translations().stringPropertyNames();

        assertThat(Arrays.stream(Role.values()).map(role -> "home.intro." + role.name())).allMatch(defined::contains);
        assertThat(Arrays.stream(Role.values()).map(role -> "home.coming." + role.name())).allMatch(defined::contains);
        assertThat(fr.centressociaux.portail.accounts.AccountScope.DEPARTMENT_CODES.stream()
                .map(code -> "invite.department." + code)).allMatch(defined::contains);
    }

    @Test
    void every_key_built_at_run_time_is_checked_against_its_enum() {
        // The prefixes the two tests above cover; a new one needs a check of its own there.
        Set<String> checked = Set.of("role.", "account.status.", "audit.type.", "home.intro.", "home.coming.",
                "department.", "centre.kind.", "centre.management.", "centre.membership.", "centre.approval.",
                "application.status.", "import.action.", "participant.kind.", "meeting.scope.", "meeting.status.",
                "meeting.presence.", "meeting.source.", "meeting.term.", "meeting.kind.seed.", "meeting.subject.seed.",
                "sent-mail.state.", "mail.bounce.", "newsletter.status.", "newsletter.consent.", "newsletter.source.",
                "newsletter.issue-status.",
                "followup.kind.", "followup.difficulty.", "followup.status.", "followup.partner.",
                "followup.cooperation.", "followup.senacs.", "followup.body-level.", "followup.alert.",
                "followup.timeline.kind.", "centre.approval.kind.", "centre.approval.step.",
                "promeneurs.status.", "promeneurs.leaving.", "promeneurs.structure-kind.", "promeneurs.event-kind.",
                "promeneurs.measure.", "promeneurs.list.intro.", "measure.record.pdn.", "promeneurs.public.field.",
                "measure.parameter.", "reporting.bilan.status.", "reporting.payment.",
                "reporting.payment.state.", "documents.format.", "documents.unit.", "invite.department.",
                "documents.chart.unit.", "news.source.");

        Set<String> prefixes = new TreeSet<>();
        mainSources().forEach((file, source) -> prefixes.addAll(keyPrefixes(new JavaSourceScanner(file, source))));

        assertThat(prefixes).as("prefixes of keys built in the code").contains("role.", "audit.type.");
        assertThat(checked).containsAll(prefixes);
    }

    @Test
    void the_key_finder_sees_keys_in_every_form_the_code_uses() {
        String sample = """
                @Menu(title = "menu.sample", order = 3)
                class Sample {
                    Sample(Texts texts, boolean invitation) {
                        getTranslation("sample.title", 3);
                        texts.get("mail.sample.subject");
                        Notifications.success("sample.saved");
                        new ViewHeader("sample.header", invitation ? "sample.intro.a" : "sample.intro.b");
                        showFrame("sample.public.title", "sample.public.intro", new Paragraph(text));
                        run(() -> {}, "sample.done");
                        throw new UserFacingException("sample.refused", 12);
                        getTranslation("sample.kind." + kind.name());
                        getTranslation(entry.title() + ".help");
                        // getTranslation("sample.commented");
                        System.setProperty("spring.mail.host", "localhost");
                    }
                }
                """;
        JavaSourceScanner scanner = new JavaSourceScanner("Sample.java", sample);

        assertThat(usedKeys(scanner, Set.of("sample", "mail"))).containsExactlyInAnyOrder("menu.sample",
                "sample.title", "mail.sample.subject", "sample.saved", "sample.header", "sample.intro.a",
                "sample.intro.b", "sample.public.title", "sample.public.intro", "sample.done", "sample.refused");
        assertThat(keyPrefixes(scanner, Set.of("sample", "mail"))).containsExactly("sample.kind.");
        assertThat(menuTitles(scanner)).containsExactly("menu.sample");
    }

    // (c) The file itself

    @Test
    void the_translation_files_define_each_key_once() {
        assertThat(duplicateKeys(allTranslationText())).isEmpty();
    }

    @Test
    void every_translation_file_is_read_by_the_portal() {
        List<String> basenames = FrenchTexts.basenames();

        assertThat(translationFiles()).allSatisfy(file -> assertThat(basenames)
                .contains("vaadin-i18n/" + file.getFileName().toString().replace(".properties", "")));
    }

    @Test
    void the_duplicate_finder_sees_a_key_defined_twice_even_with_other_separators() {
        String sample = """
                # a comment with key=value
                first.key=Premier
                second.key = Deuxième \\
                    suite=de la ligne
                first.key: Encore
                ! another comment
                third.key Troisième
                """;

        assertThat(duplicateKeys(sample)).containsExactly("first.key");
    }

    @Test
    void texts_use_the_typographic_apostrophe_and_valid_placeholders() {
        Properties translations = translations();
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(translations.stringPropertyNames())) {
            String text = translations.getProperty(key);
            if (text.indexOf('\'') >= 0) {
                problems.add(key + ": straight apostrophe, use ’");
            }
            try {
                new MessageFormat(text);
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void every_constraint_message_key_is_in_the_validation_messages_and_each_message_is_used() {
        Pattern constraintKey = Pattern.compile("\\{(portal\\.validation\\.[A-Za-z0-9.-]+)}");
        Set<String> used = new TreeSet<>();
        mainSources().values().forEach(source -> constraintKey.matcher(source).results()
                .forEach(found -> used.add(found.group(1))));
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(VALIDATION_MESSAGES, StandardCharsets.UTF_8)) {
            messages.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        assertThat(used).as("keys of constraint messages").isNotEmpty();
        assertThat(messages.stringPropertyNames()).as("messages for the keys the constraints use").containsAll(used);
        assertThat(used).as("messages no constraint uses").containsAll(messages.stringPropertyNames());
        assertThat(messages.values()).as("French texts with ’").allMatch(text -> text.toString().indexOf('\'') < 0);
    }

    // Finding keys in source

    private static Set<String> usedKeys(JavaSourceScanner scanner) {
        return usedKeys(scanner, namespaces());
    }

    /**
     * Keys passed to the translating APIs, menu titles, and any other literal shaped like a key in
     * one of the translation file's namespaces (e.g. a key handed to a helper method).
     */
    private static Set<String> usedKeys(JavaSourceScanner scanner, Set<String> namespaces) {
        Set<String> keys = new TreeSet<>(menuTitles(scanner));
        KEY_ARGUMENTS.forEach((call, positions) -> scanner.callsOf(call).forEach(arguments -> {
            for (int position : positions) {
                if (position < arguments.size() && !arguments.get(position).concatenated()) {
                    keys.addAll(arguments.get(position).literals());
                }
            }
        }));
        scanner.literals().stream()
                .filter(literal -> KEY_SHAPE.matcher(literal).matches() && literal.contains(".") && !literal.endsWith("."))
                .filter(literal -> namespaces.contains(literal.substring(0, literal.indexOf('.'))))
                .forEach(keys::add);
        return keys;
    }

    private static Set<String> keyPrefixes(JavaSourceScanner scanner) {
        return keyPrefixes(scanner, namespaces());
    }

    /** Beginnings of keys completed at run time, as in {@code "role." + name()}. */
    private static Set<String> keyPrefixes(JavaSourceScanner scanner, Set<String> namespaces) {
        Set<String> prefixes = new TreeSet<>();
        KEY_ARGUMENTS.keySet().forEach(call -> scanner.callsOf(call).stream().flatMap(List::stream)
                .map(Argument::prefix).filter(prefix -> prefix != null).forEach(prefixes::add));
        scanner.literals().stream()
                .filter(literal -> KEY_SHAPE.matcher(literal).matches() && literal.endsWith("."))
                .filter(literal -> namespaces.contains(literal.substring(0, literal.indexOf('.'))))
                .forEach(prefixes::add);
        return prefixes;
    }

    private static Set<String> menuTitles(JavaSourceScanner scanner) {
        return scanner.callsOf(MENU).stream().flatMap(List::stream)
                .map(argument -> MENU_TITLE.matcher(argument.source()))
                .filter(Matcher::matches)
                .map(matcher -> matcher.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** First segments of the keys in the translation file: {@code menu}, {@code accounts}, … */
    private static Set<String> namespaces() {
        return translations().stringPropertyNames().stream().map(key -> key.split("\\.")[0])
                .collect(Collectors.toSet());
    }

    // Reading files

    private static Map<String, String> mainSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            Map<String, String> sources = new LinkedHashMap<>();
            files.filter(file -> file.toString().endsWith(".java")).sorted()
                    .forEach(file -> sources.put(SOURCES.relativize(file).toString(), read(file)));
            assertThat(sources).as("Java sources under %s", SOURCES).hasSizeGreaterThan(10);
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> translationFiles() {
        try (Stream<Path> files = Files.list(TRANSLATIONS)) {
            return files.filter(file -> file.toString().endsWith(".properties")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All translation files one after the other, as one properties text. */
    private static String allTranslationText() {
        return translationFiles().stream().map(TranslationsTest::read).collect(Collectors.joining("\n"));
    }

    private static Properties translations() {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(allTranslationText())) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys defined more than once, read the way {@link Properties} reads them. */
    static List<String> duplicateKeys(String properties) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        String[] lines = properties.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            counts.merge(keyOf(line), 1, Integer::sum);
            boolean continued = endsWithOddBackslashes(lines[i]);
            while (continued && i + 1 < lines.length) {
                continued = endsWithOddBackslashes(lines[++i]);
            }
        }
        return counts.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    private static String keyOf(String line) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                key.append(line.charAt(++i));
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
