package de.lenkwerk.action;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(TrafficLightSettings.class)
class TrafficLightConfig {
}
