package fr.centressociaux.portail.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The skeleton every role × operation test shares: each actor against each operation, with what
 * the test's table of rights says, and the one way a service refuses (access denied, or nobody
 * signed in). What a refusal must leave unchanged stays in each test.
 */
public final class PermissionMatrix {

    private PermissionMatrix() {
    }

    /** Arguments (actor, operation, allowed) for a parameterized test, operation by operation. */
    public static <A extends Enum<A>, O extends Enum<O>> Stream<Arguments> everyActorAndOperation(
            Class<A> actors, Class<O> operations, Function<O, Set<A>> allowed) {
        return EnumSet.allOf(operations).stream().flatMap(operation -> EnumSet.allOf(actors).stream()
                .map(actor -> Arguments.of(actor, operation, allowed.apply(operation).contains(actor))));
    }

    /** The operation goes through when allowed and is refused by the service otherwise. */
    public static void assertAllowedOrRefused(boolean allowed, ThrowingCallable operation) {
        if (allowed) {
            assertThatCode(operation).doesNotThrowAnyException();
        } else {
            assertRefused(operation);
        }
    }

    /** The service refuses: access denied to a signed-in person, or no one signed in. */
    public static void assertRefused(ThrowingCallable operation) {
        assertThatThrownBy(operation).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
    }
}
