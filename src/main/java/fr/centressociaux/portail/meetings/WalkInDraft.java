package fr.centressociaux.portail.meetings;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Someone who turned up without being registered: from an invited centre (its id), or from an
 * organisation outside the network (its name as typed, then required). The person is validated
 * as a {@link PersonDraft}, under the same field names as a registration.
 */
@OrganisationWithoutCentre
public record WalkInDraft(PersonDraft person, @Nullable String centreId,
        @Size(max = WalkInDraft.MAX_ORGANISATION, message = "{portal.validation.too-long}") String organisation) {

    public static final int MAX_ORGANISATION = 150;
}
