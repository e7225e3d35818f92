package fr.centressociaux.portail.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the partner organisations a meeting may record as present come from. The register of
 * partner organisations belongs to the follow-up, which depends on meetings: meetings ask through
 * this interface, which the follow-up implements, so neither module reaches into the other's
 * storage and no cycle appears. Without a bean implementing it, meetings record no partners and
 * the form hides the field ({@link MeetingPartners}).
 *
 * <p>Implementations answer whoever is signed in (a director reads the names on a meeting's page);
 * they hold names and kinds, nothing personal.
 */
public interface PartnerChoices {

    /** The organisations one may record as present today, by label. */
    List<PartnerChoice> active();

    /**
     * The labels of these organisations, by id, whether active or not (a meeting keeps naming a
     * partner that left the register's choices); an id the register does not hold is left out.
     */
    Map<String, String> labels(Collection<String> ids);
}
