package fr.centressociaux.portail.followup;

import fr.centressociaux.portail.centres.Centre;

/** A centre's follow-up file as its reader opens it: the centre, and whether they may add to it. */
public record SupportFile(Centre centre, boolean writable) {
}
