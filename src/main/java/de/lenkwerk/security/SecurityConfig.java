package de.lenkwerk.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.lenkwerk.security.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
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
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        // an unknown address reaches Vaadin, which answers its not-found page with 404, instead of
                        // Spring Security's empty 403; signed out, it leads to the sign-in first (nothing is revealed)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /** BCrypt, stored with its {id} prefix so that the algorithm can change later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Our own manager, so that failures reach {@link LoginAttempts} as events. */
    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService details, PasswordEncoder encoder,
                                                ApplicationEventPublisher events) {
        var provider = new DaoAuthenticationProvider(details);
        provider.setPasswordEncoder(encoder);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }
}
