package fr.centressociaux.portail.meetings;

/**
 * Who is checking in, as far as a public page can tell: the client's network address and its
 * browser session (the "device"). Both only ever key rate limits and the "one phone, several
 * people" hint, as hashes.
 */
public record CheckInClient(String address, String device) {
}
