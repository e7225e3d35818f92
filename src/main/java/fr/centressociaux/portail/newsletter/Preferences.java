package fr.centressociaux.portail.newsletter;

import java.util.List;

/** What the preferences page shows a person who followed their personal link. */
public record Preferences(String name, String email, List<Line> lists) {

    /** One list they are or were on. */
    public record Line(String listId, String listName, SubscriptionStatus status) {
    }
}
