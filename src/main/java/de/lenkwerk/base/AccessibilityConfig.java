package de.lenkwerk.base;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(AccessibilitySettings.class)
class AccessibilityConfig {
}
