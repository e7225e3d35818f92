package fr.centressociaux.portail.newsletter.ui;

import fr.centressociaux.portail.newsletter.NewsletterLinks;
import fr.centressociaux.portail.newsletter.PublicSubscriptions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The {@code List-Unsubscribe} target of every newsletter (RFC 8058): a mail program POSTs
 * {@code List-Unsubscribe=One-Click} here and the person leaves every list, without a page, a
 * session or a CSRF token (the token in the address is the proof). The answer is the same for an
 * unknown token, which unsubscribes nobody. A person who opens the address gets their preferences
 * page instead: a GET never unsubscribes (link scanners fetch links).
 */
@RestController
class OneClickUnsubscribe {

    private final PublicSubscriptions subscriptions;

    OneClickUnsubscribe(PublicSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping("/" + NewsletterLinks.ONE_CLICK + "/{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        subscriptions.leaveAll(token);
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("OK");
    }

    @GetMapping("/" + NewsletterLinks.ONE_CLICK + "/{token}")
    ResponseEntity<Void> open(@PathVariable String token) {
        return ResponseEntity.status(303).location(URI.create(NewsletterLinks.preferences(token))).build();
    }
}
