package de.lenkwerk;

import com.vaadin.flow.internal.CurrentInstance;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Several Spring contexts live in one test JVM (the shared one, the browser-test one, the empty-database one),
 * and each installs its own security-context strategy into the static {@link SecurityContextHolder}. Before
 * every test this puts back the strategy of the test's own context, and drops any Vaadin session a browserless
 * test left on the thread, and sets the {@link TestClock} back to the real time, so that {@code @WithUserDetails} is what services and views see.
 */
public class OneSecurityContextPerTest implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        CurrentInstance.clearAll();
        SpringExtension.getApplicationContext(context).getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        SpringExtension.getApplicationContext(context).getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
    }
}
