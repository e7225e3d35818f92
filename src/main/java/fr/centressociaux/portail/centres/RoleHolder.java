package fr.centressociaux.portail.centres;

import org.jspecify.annotations.Nullable;

/** The person holding the director or chair role, linked to their account when they have one. */
public record RoleHolder(String name, @Nullable String email, @Nullable String accountId) {
}
