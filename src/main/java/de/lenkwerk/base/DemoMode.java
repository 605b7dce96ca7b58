package de.lenkwerk.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Whether this installation runs with demo data; the UI marks it so nobody mistakes it for the real thing. */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(@Value("${lenkwerk.demo:false}") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
