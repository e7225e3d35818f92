package fr.centressociaux.portail.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** SMTP replies, as relays word them, classified by their reply code and enhanced status code. */
class BounceReasonTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown | BAD_ADDRESS
            550-5.1.1 The email account that you tried to reach does not exist       | BAD_ADDRESS
            552 5.2.2 Mailbox full                                                   | MAILBOX_REFUSED
            554 5.7.1 Message rejected as spam                                       | POLICY
            550 Requested action not taken                                           | PERMANENT_OTHER
            451 4.7.1 Greylisted, please try again later                             | TEMPORARY
            421 Too many connections                                                 | TEMPORARY
            Failed messages: 450 4.2.0 Mailbox busy                                  | TEMPORARY
            """)
    void a_reply_is_classified_by_its_codes(String reply, BounceReason expected) {
        assertThat(BounceReason.of(reply)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Connection refused", "Read timed out",
        "Couldn't connect to host, port: 127.0.0.1, 52525; timeout -1"})
    void a_failure_without_a_reply_code_is_not_a_bounce(String failure) {
        assertThat(BounceReason.of(failure)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"TEMPORARY,false", "BAD_ADDRESS,true", "POLICY,true"})
    void only_5xx_replies_are_permanent(BounceReason reason, boolean permanent) {
        assertThat(reason.permanent()).isEqualTo(permanent);
    }
}
