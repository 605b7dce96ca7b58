package de.lenkwerk.oparl;

import de.lenkwerk.OneSecurityContextPerTest;
import de.lenkwerk.TestClock;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OParl interface over real HTTP against the demo data, with a public address that differs from the server's
 * (as behind a proxy) and small pages (3 objects), so that every list of the demo has several pages. The OParl
 * tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OneSecurityContextPerTest.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lenkwerk.base-url=" + OParlClient.PUBLIC_ADDRESS, "lenkwerk.oparl.page-size=3"})
@Import(TestClock.Config.class)
@ActiveProfiles("demo")
@interface OParlHttpTest {
}
