package de.lenkwerk.api;

import de.lenkwerk.api.v1.ApiProblems;
import de.lenkwerk.api.v1.ApiV1;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The REST API's own filter chain, ahead of the screens' (Vaadin) chain: only personal bearer tokens sign in, for
 * one request at a time. No session is made or read, no cookie is set, so a browser's sign-in cookie means nothing
 * here and cross-site request forgery has nothing to ride on (hence no CSRF token). Reading needs a token; writing
 * (any method but GET, HEAD, OPTIONS) needs a read-write one. The OpenAPI document and its page are public
 * (docs/adr/009-rest-api-bearer-tokens.md).
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenService tokens, ApiRateLimiter limiter,
                                               ApiProblems problems,
                                               ObjectProvider<SecurityContextHolderStrategy> strategy)
            throws Exception {
        var holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        return http
                .securityMatcher("/api/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .rememberMe(remember -> remember.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers.cacheControl(cache -> { }))
                .addFilterBefore(new BearerTokenFilter(tokens, limiter, problems, holder),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(ApiV1.OPENAPI, ApiV1.OPENAPI + "/**", ApiV1.DOCS, ApiV1.DOCS + "/**",
                                "/api/swagger-ui/**", "/api/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAuthority(ApiTokenScope.READ_AUTHORITY)
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasAuthority(ApiTokenScope.READ_AUTHORITY)
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").hasAuthority(ApiTokenScope.READ_AUTHORITY)
                        .anyRequest().hasAuthority(ApiTokenScope.WRITE_AUTHORITY))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            problems.write(request, response, problems.problem(HttpStatus.UNAUTHORIZED,
                                    "unauthorized", problems.locale(request), "api.problem.unauthorized.detail"));
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            var readOnly = holder.getContext().getAuthentication() != null
                                    && holder.getContext().getAuthentication().getAuthorities().stream()
                                    .noneMatch(a -> a.getAuthority().equals(ApiTokenScope.WRITE_AUTHORITY));
                            problems.write(request, response, problems.problem(HttpStatus.FORBIDDEN,
                                    readOnly ? "read-only" : "forbidden", problems.locale(request),
                                    readOnly ? "api.problem.read-only.detail" : "error.access-denied"));
                        }))
                .build();
    }
}
