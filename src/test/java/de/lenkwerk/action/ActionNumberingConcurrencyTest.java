package de.lenkwerk.action;

import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.body.MembershipData;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secretaries capturing at the same moment, the first numbers of a body's year included: every capture is saved
 * and gets a number of its own (H2 and PostgreSQL alike, {@code -Ppostgres}).
 */
@LenkwerkTest
class ActionNumberingConcurrencyTest {

    private static final int CAPTURES = 20;

    @Autowired
    ActionService actions;
    @Autowired
    BodyService bodies;
    @Autowired
    PersonService people;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @Test
    void twentyCapturesStartingANewBodysYearAtOnceAllGetDistinctNumbers() throws Exception {
        var today = LocalDate.now(clock);
        var suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var ownerId = SystemActor.call(() -> people.search("Markus Lehmann", PageRequest.of(0, 1)).getFirst().id());
        BodyItem body = SystemActor.call(() -> {
            var created = bodies.create(new BodyData("Parallelgremium " + suffix, "PA " + suffix,
                    BodyType.WORKING_GROUP, null, null, false, "PA-" + suffix));
            bodies.addMember(created.id(), people.search("Sabine Hoffmann", PageRequest.of(0, 1)).getFirst().id(),
                    null, new MembershipData(null, MembershipRole.SECRETARIAT, today.minusDays(1), null));
            return created;
        });
        var secretariat = users.loadUserByUsername("geschaeftsstelle");
        var start = new CountDownLatch(1);

        var results = new ArrayList<Future<String>>();
        try (var pool = Executors.newFixedThreadPool(CAPTURES)) {
            for (int i = 0; i < CAPTURES; i++) {
                var title = "Gleichzeitig " + i;
                results.add(pool.submit(() -> {
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(secretariat, null,
                            secretariat.getAuthorities()));
                    SecurityContextHolder.setContext(context);
                    try {
                        start.await();
                        return actions.create(body.id(), new ActionData(title, null, ownerId, null, null, Set.of(),
                                null, today.plusDays(30), ActionStatus.PLANNED, 0, null, null, null, null),
                                null).number();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
        }

        var numbers = new ArrayList<String>();
        for (var result : results) {
            numbers.add(result.get());
        }
        var prefix = "PA-" + suffix + "-" + today.getYear() + "-";
        assertThat(numbers).doesNotHaveDuplicates().hasSize(CAPTURES)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, CAPTURES)
                        .mapToObj(n -> prefix + "%02d".formatted(n)).toList());
    }
}
