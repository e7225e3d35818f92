package fr.centressociaux.portail.newsletter;

import org.jspecify.annotations.Nullable;

/** The subscribers page's filter: text in the name or address. */
public record SubscriberFilter(@Nullable String text) {
}
