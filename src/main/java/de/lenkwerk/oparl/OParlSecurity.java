package de.lenkwerk.oparl;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * OParl is open data: no sign-in, no session, no cookie. This chain answers {@code /oparl/**} before Vaadin's chain
 * sees it, so that no request there is redirected to the login page. What may be shown is decided by the services
 * (only published bodies), not by the caller.
 */
@Configuration(proxyBeanMethods = false)
class OParlSecurity {

    @Bean
    @Order(20)
    SecurityFilterChain oparlFilterChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/oparl/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // read-only and without cookies: there is nothing a forged request could do
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                // nothing here asks for a sign-in; were a service ever to refuse, the answer is "not there", no login
                .exceptionHandling(handling -> handling.authenticationEntryPoint(
                        new HttpStatusEntryPoint(HttpStatus.NOT_FOUND)))
                .build();
    }
}
