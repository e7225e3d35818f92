package fr.centressociaux.portail.promeneurs;

import java.util.Arrays;
import java.util.Optional;

import fr.centressociaux.portail.shared.SearchKeys;

/**
 * The social networks a professional may keep a presence on; a closed list so figures and the
 * public directory's search group them (an unknown network is refused). Labels are names.
 */
public enum SocialNetwork {
    INSTAGRAM("Instagram"), FACEBOOK("Facebook"), SNAPCHAT("Snapchat"), TIKTOK("TikTok"), DISCORD("Discord"),
    YOUTUBE("YouTube"), TWITCH("Twitch"), X("X"), WHATSAPP("WhatsApp");

    private final String label;

    SocialNetwork(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The network named so, ignoring case and accents ("tiktok", "TikTok"). */
    public static Optional<SocialNetwork> named(String name) {
        String key = SearchKeys.of(name);
        return Arrays.stream(values()).filter(network -> SearchKeys.of(network.label).equals(key)).findFirst();
    }
}
