package de.lenkwerk.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.lenkwerk.security.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Map;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            RequestUtil vaadinRequests, SessionLifetimeFilter sessionLifetime)
            throws Exception {
        return http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/styles/**", "/icons/**", "/images/**", "/js/**", "/webjars/**").permitAll()
                        // downloads outside Vaadin's routes; the service checks who sees which rows
                        .requestMatchers("/statusbericht").authenticated()
                        .requestMatchers("/papiere/export/*").authenticated()
                        // calendar subscriptions: the secret token in the address is the credential
                        .requestMatchers("/kalender/*").permitAll()
                        // personal status links: the token in the path is the credential (statusround)
                        .requestMatchers("/antwort/*").permitAll())
                // Vaadin would exempt the sign-in POST from CSRF; only its own requests (which carry Vaadin's own
                // token) are exempt here, so the sign-in form needs the token the page was served with
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                // idle timeout and absolute lifetime, before the session's sign-in is read
                .addFilterBefore(sessionLifetime, SecurityContextHolderFilter.class)
                // the session id changes at sign-in (fixation protection), written out for the reader
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        // an unknown address reaches Vaadin, which answers its not-found page with 404, instead of
                        // Spring Security's empty 403; signed out, it leads to the sign-in first (nothing is revealed)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /**
     * Argon2id (Spring Security's recommended parameters: 16 MiB, 2 iterations), stored with its {id} prefix.
     * Old {bcrypt} hashes still sign in and are replaced on that sign-in; bcrypt's 72-byte limit no longer applies.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        var encoder = new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", argon2,
                "bcrypt", new BCryptPasswordEncoder()));
        return encoder;
    }

    /** Our own manager and provider: throttling, one message for every refusal, rehash, events. */
    @Bean
    AuthenticationManager authenticationManager(UserAccountRepository accounts, PasswordEncoder encoder,
                                                SignInThrottle throttle, ApplicationEventPublisher events,
                                                TransactionTemplate transactions, Clock clock) {
        var manager = new ProviderManager(new PasswordSignIn(accounts, encoder, throttle, events, transactions, clock));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }
}
