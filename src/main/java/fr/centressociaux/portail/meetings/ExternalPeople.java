package fr.centressociaux.portail.meetings;

import java.util.Optional;

/**
 * Where people outside the member centres whom a meeting may name come from: the Promeneurs du
 * Net professionals, whose register belongs to {@code promeneurs}, which depends on meetings.
 * Meetings ask through this interface, which that module implements, so neither reaches into the
 * other's storage and no cycle appears (as {@link PartnerChoices}). Without a bean implementing
 * it, no such person can be added.
 *
 * <p>Called only after {@link MeetingAccess} allowed the caller to manage the meeting.
 */
public interface ExternalPeople {

    /** The person with this id in the register, if there is one. */
    Optional<ExternalPerson> find(String id);
}
