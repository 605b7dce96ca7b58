package de.lenkwerk.api;

import de.lenkwerk.api.v1.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Signs a REST API request in as the user of its bearer token, for this request only (no session), and applies the
 * token's rate limit. A request without a token goes on unsigned (the OpenAPI document is public; everything else
 * is refused by the chain); a token that is unknown, expired or revoked, or whose user was disabled, gets 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final ApiRateLimiter limiter;
    private final ApiProblems problems;
    private final SecurityContextHolderStrategy strategy;

    BearerTokenFilter(ApiTokenService tokens, ApiRateLimiter limiter, ApiProblems problems,
                      SecurityContextHolderStrategy strategy) {
        this.tokens = tokens;
        this.limiter = limiter;
        this.problems = problems;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        var locale = problems.locale(request);
        var caller = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? tokens.authenticate(header.substring(BEARER.length()).strip(), request.getRemoteAddr())
                : java.util.Optional.<ApiTokenService.ApiCaller>empty();
        if (caller.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(request, response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", locale,
                    "api.problem.unauthorized.detail"));
            return;
        }
        var retryAfter = limiter.acquire(caller.get().tokenId());
        if (retryAfter.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.getAsLong()));
            problems.write(request, response, problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                    locale, "api.problem.too-many-requests.detail", limiter.limit(), retryAfter.getAsLong(), limiter.windowSeconds()));
            return;
        }
        var context = strategy.createEmptyContext();
        context.setAuthentication(caller.get().authentication());
        strategy.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.clearContext();
        }
    }
}
