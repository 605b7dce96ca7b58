package de.lenkwerk;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service test that stands alone: the real services, database and security, but WITHOUT the demo profile and on a
 * database of its own ({@link ServiceTestDatabase}), so no demo body, action or account is there to lean on. Each
 * test builds what it needs with {@link TestData} and signs in as the accounts it created. All such tests share one
 * context. The mail server is set to GreenMail's test port; tests that check mails start GreenMail themselves, the
 * others' mails are refused by the closed port and only logged, as with a real unreachable server. Without the demo
 * profile the start-up creates a first administrator; no test uses it, and its name is not the demo's "admin".
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OneSecurityContextPerTest.class)
@ExtendWith(TestData.SignOutAfterEachTest.class)
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "lenkwerk.admin.username=service-tests-bootstrap"})
@ContextConfiguration(initializers = ServiceTestDatabase.class)
@Import({TestClock.Config.class, TestData.class})
public @interface ServiceTest {
}
