package fr.centressociaux.portail.meetings;

import org.jspecify.annotations.Nullable;

/**
 * Someone who turned up without being registered: from an invited centre (its id), or from an
 * organisation outside the network (its name as typed).
 */
public record WalkInDraft(PersonDraft person, @Nullable String centreId, String organisation) {
}
