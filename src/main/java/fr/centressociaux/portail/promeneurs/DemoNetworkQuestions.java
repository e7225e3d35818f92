package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Demo questions to the network (invented texts): asked by labelled professionals in 2023 and
 * 2024, each answered by the coordinator a few hours to a few days later, and one still open.
 */
final class DemoNetworkQuestions {

    /** Subject, question, answer, when asked (null: two days ago), hours to the answer (negative: still open). */
    private record Sample(String subject, String text, String answer, @Nullable LocalDateTime askedAt,
            int hoursToAnswer) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("Compte professionnel sur Instagram",
                    "Puis-je utiliser le compte de la structure plutôt qu’un compte à mon nom ?",
                    "Un compte à votre nom, identifié comme professionnel, est attendu par la charte : il permet aux jeunes de savoir à qui ils parlent.",
                    LocalDateTime.of(2023, 2, 6, 10, 15), 26),
            new Sample("Message inquiétant reçu le soir",
                    "Un jeune m’a écrit tard un message inquiétant. Que faire hors de mes horaires ?",
                    "Orientez vers le 3114 ou le 119 selon la situation, prévenez votre responsable le lendemain et notez l’échange dans votre suivi.",
                    LocalDateTime.of(2023, 3, 14, 9, 0), 4),
            new Sample("Présence en ligne pendant les vacances",
                    "Faut-il signaler une absence de présence en ligne pendant mes congés ?",
                    "Oui : un message d’absence sur vos profils, avec l’orientation vers un·e collègue du réseau.",
                    LocalDateTime.of(2023, 6, 20, 14, 30), 50),
            new Sample("Cyberharcèlement dans un groupe de classe",
                    "Comment accompagner un collégien harcelé dans un groupe de classe sur une messagerie ?",
                    "Écoute, captures d’écran, lien avec le collège et, si besoin, signalement sur la plateforme 3018. La demi-journée thématique d’octobre y revient.",
                    LocalDateTime.of(2023, 9, 28, 11, 0), 30),
            new Sample("Convention de l’employeur",
                    "La convention de mon employeur arrive à échéance : qui la renouvelle ?",
                    "La coordination envoie la nouvelle convention à votre direction ; vous n’avez rien à faire.",
                    LocalDateTime.of(2023, 11, 8, 16, 0), 72),
            new Sample("Nouveau réseau social",
                    "Les jeunes que j’accompagne passent sur une nouvelle application : puis-je y ouvrir un profil ?",
                    "Oui, en respectant la charte ; signalez-le dans votre fiche pour qu’il apparaisse dans l’annuaire.",
                    LocalDateTime.of(2024, 1, 17, 10, 0), 20),
            new Sample("Heures de présence en ligne",
                    "Comment compter les heures de présence en ligne quand je réponds par petits moments ?",
                    "Additionnez le temps réellement passé à échanger ; une estimation honnête à la demi-heure près suffit.",
                    LocalDateTime.of(2024, 3, 5, 9, 30), 6),
            new Sample("Live avec un foyer de jeunes",
                    "Un foyer de jeunes propose un live commun : faut-il l’accord de ma direction ?",
                    "Oui, et prévoyez la modération des commentaires à deux. Un exemple de trame est disponible auprès de la coordination.",
                    LocalDateTime.of(2024, 5, 22, 15, 0), 44),
            new Sample("Formation initiale d’un collègue",
                    "Un collègue arrive en septembre : quand aura lieu la prochaine formation initiale ?",
                    "La prochaine formation initiale a lieu à l’automne ; il peut s’inscrire dès maintenant auprès de la coordination.",
                    LocalDateTime.of(2024, 6, 11, 11, 45), 96),
            new Sample("Données personnelles",
                    "Puis-je garder les conversations avec les jeunes sur mon téléphone professionnel ?",
                    "Gardez seulement ce qui est utile au suivi, sur l’appareil professionnel verrouillé, et effacez-le à la fin de l’accompagnement.",
                    LocalDateTime.of(2024, 10, 3, 10, 0), 28),
            new Sample("Demi-journée d’échanges",
                    "Peut-on proposer un thème pour la prochaine demi-journée d’échanges de notre territoire ?",
                    "", null, -1));

    private DemoNetworkQuestions() {
    }

    /** The questions, asked in turn by the given professionals. */
    static List<NetworkQuestion> askedBy(List<Professional> askers, LocalDate today, ZoneId zone, String coordinator) {
        List<NetworkQuestion> questions = new ArrayList<>();
        for (int i = 0; i < SAMPLES.size() && !askers.isEmpty(); i++) {
            Sample sample = SAMPLES.get(i);
            LocalDateTime askedAt = sample.askedAt() == null ? today.minusDays(2).atTime(9, 15) : sample.askedAt();
            NetworkQuestion question = new NetworkQuestion(askers.get(i % askers.size()),
                    new QuestionDraft(sample.subject(), sample.text()), askedAt.atZone(zone).toInstant());
            if (sample.hoursToAnswer() >= 0) {
                question.answer(new AnswerDraft(sample.answer()),
                        askedAt.plusHours(sample.hoursToAnswer()).atZone(zone).toInstant(), coordinator);
            }
            questions.add(question);
        }
        return questions;
    }
}
