package de.lenkwerk;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test against the real database (H2, or PostgreSQL with {@code -Ppostgres}) with the demo
 * data and accounts loaded, so that {@code @WithUserDetails("admin")} etc. work. All such tests share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OneSecurityContextPerTest.class)
@SpringBootTest
@Import(TestClock.Config.class)
@ActiveProfiles("demo")
public @interface LenkwerkTest {
}
