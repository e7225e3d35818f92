package fr.centressociaux.portail.centres;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One field changed on a centre: who, when, from what to what (as displayed text). */
public record CentreChange(Instant at, String actor, String field, @Nullable String before, @Nullable String after) {
}
