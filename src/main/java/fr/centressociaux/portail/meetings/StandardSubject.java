package fr.centressociaux.portail.meetings;

/** The subjects seeded at first start; admins add others. */
public enum StandardSubject {
    DEMOCRACY,
    PARENTING_YOUTH,
    HEALTH,
    GENDER_EQUALITY,
    ECOLOGY,
    SOCIAL_PROJECT_RENEWAL,
    SENACS,
    DIGITAL,
    FEDERAL_LIFE,
    AGEING;

    public String seedNameKey() {
        return "meeting.subject.seed." + name();
    }
}
