package fr.centressociaux.portail.mail;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why an SMTP server refused a mail, classified from its reply code and its enhanced status code
 * (RFC 3463 {@code class.subject.detail}): whether trying again later may help, and whether the
 * address itself is bad.
 */
public enum BounceReason {
    /** 4xx: the server may accept it later (greylisting, busy, mailbox full for now). */
    TEMPORARY,
    /** 5.1.x: no such mailbox or domain; the address is bad. */
    BAD_ADDRESS,
    /** 5.2.x: the mailbox exists but refuses (full for good, disabled). */
    MAILBOX_REFUSED,
    /** 5.7.x: refused by policy (spam filter, authentication). */
    POLICY,
    /** Any other 5xx reply. */
    PERMANENT_OTHER;

    private static final Pattern REPLY = Pattern.compile("(?<![\\d.:,])([245])(\\d\\d)(?!\\d)(?:[ -]+([245])\\.(\\d{1,3})\\.(\\d{1,3}))?");

    /** The reason of a reply such as {@code 550 5.1.1 User unknown}; null when it carries no 4xx/5xx code. */
    public static @org.jspecify.annotations.Nullable BounceReason of(String reply) {
        Matcher code = REPLY.matcher(reply);
        while (code.find()) {
            char kind = code.group(1).charAt(0);
            if (kind == '4') {
                return TEMPORARY;
            }
            if (kind == '5') {
                String subject = code.group(4);
                return subject == null ? PERMANENT_OTHER : switch (subject) {
                    case "1" -> BAD_ADDRESS;
                    case "2" -> MAILBOX_REFUSED;
                    case "7" -> POLICY;
                    default -> PERMANENT_OTHER;
                };
            }
        }
        return null;
    }

    public boolean permanent() {
        return this != TEMPORARY;
    }

    public String labelKey() {
        return "mail.bounce." + name().toLowerCase(Locale.ROOT);
    }
}
