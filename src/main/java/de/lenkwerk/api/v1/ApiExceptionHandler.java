package de.lenkwerk.api.v1;

import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every failure of the REST API as {@code application/problem+json} in the caller's language: the services'
 * refusals (not found or not visible alike, no right, stale version, broken rule), the API's own (missing
 * If-Match, invalid input with one entry per field) and Spring MVC's (wrong method, unreadable body…). Nothing
 * unexpected is passed on: the client gets a reference, the log gets the stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblems problems;

    ApiExceptionHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e, HttpServletRequest request) {
        var locale = problems.locale(request);
        var problem = problems.problem(e.status(), e.code(), locale, e.detailKey(), e.args());
        if (!e.fields().isEmpty()) {
            problem.setProperty("errors", e.fields().stream()
                    .map(f -> Map.of("field", f.field(), "detail", problems.text(locale, f.key(), f.args()))).toList());
        }
        return answer(problem, request);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<Object> notFound(HttpServletRequest request) {
        // the same answer for an unknown id and for one the caller may not see
        return answer(problems.problem(HttpStatus.NOT_FOUND, "not-found", problems.locale(request),
                "api.problem.not-found.detail"), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(HttpServletRequest request) {
        return answer(problems.problem(HttpStatus.FORBIDDEN, "forbidden", problems.locale(request),
                "error.access-denied"), request);
    }

    /** 412 names who changed the record and when, as the screens do, also as fields for programs. */
    @ExceptionHandler(ConcurrentChangeException.class)
    ResponseEntity<Object> stale(ConcurrentChangeException e, HttpServletRequest request) {
        var problem = problems.problem(HttpStatus.PRECONDITION_FAILED, "stale", problems.locale(request),
                "api.problem.stale.detail", e.changedBy() == null ? "?" : e.changedBy(),
                Timestamp.valueOf(e.changedAt()));
        problem.setProperty("changedBy", e.changedBy());
        problem.setProperty("changedAt", e.changedAt().toString());
        return answer(problem, request);
    }

    /** A rule of the services (a deadline before the start, a measurement in the future…), in the user's words. */
    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<Object> rule(UserFacingException e, HttpServletRequest request) {
        return answer(problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule", problems.locale(request),
                e.messageKey(), e.arguments()), request);
    }

    /** The services validate for every caller, too; the API's own checks usually come first. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraint(ConstraintViolationException e, HttpServletRequest request) {
        var fields = e.getConstraintViolations().stream().map(v -> {
            var path = v.getPropertyPath().toString();
            var field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            var attributes = v.getConstraintDescriptor().getAttributes();
            return fieldProblem(field, v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    attributes.get("max"), attributes.get("value"));
        }).toArray(ApiException.FieldProblem[]::new);
        return api(ApiException.invalid(fields), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        var reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("API request {} {} failed (reference {})", request.getMethod(), request.getRequestURI(), reference, e);
        return answer(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", problems.locale(request),
                "api.problem.unexpected.detail", reference), request);
    }

    /** Spring MVC's own exceptions: the same shape, our words. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest webRequest) {
        var request = ((ServletWebRequest) webRequest).getRequest();
        var fields = fieldProblems(e);
        if (!fields.isEmpty()) {
            var answer = api(ApiException.invalid(fields.toArray(ApiException.FieldProblem[]::new)), request);
            return ResponseEntity.status(answer.getStatusCode()).headers(headers).headers(answer.getHeaders())
                    .body(answer.getBody());
        }
        var resolved = HttpStatus.resolve(status.value());
        var code = resolved == null ? "http" : switch (resolved) {
            case BAD_REQUEST -> "bad-request";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            default -> "http";
        };
        var problem = problems.problem(resolved == null ? HttpStatus.BAD_REQUEST : resolved, code,
                problems.locale(request), "api.problem." + code + ".detail", status.value());
        problem.setStatus(status.value());
        var answer = answer(problem, request);
        return ResponseEntity.status(status).headers(headers).headers(answer.getHeaders()).body(answer.getBody());
    }

    private List<ApiException.FieldProblem> fieldProblems(Exception e) {
        var fields = new ArrayList<ApiException.FieldProblem>();
        switch (e) {
            case MethodArgumentNotValidException invalid -> invalid.getBindingResult().getFieldErrors()
                    .forEach(error -> fields.add(fieldProblem(error)));
            case HandlerMethodValidationException invalid -> invalid.getParameterValidationResults()
                    .forEach(result -> result.getResolvableErrors().forEach(error -> fields.add(fieldProblem(
                            result.getMethodParameter().getParameterName(), code(error), argument(error, 1),
                            argument(error, 1)))));
            case MethodArgumentTypeMismatchException mismatch ->
                    fields.add(new ApiException.FieldProblem(mismatch.getName(), "api.problem.field.type"));
            case TypeMismatchException mismatch -> fields.add(new ApiException.FieldProblem(
                    mismatch.getPropertyName() == null ? "?" : mismatch.getPropertyName(), "api.problem.field.type"));
            case MissingServletRequestParameterException missing ->
                    fields.add(new ApiException.FieldProblem(missing.getParameterName(), "validation.required"));
            case MissingRequestHeaderException missing ->
                    fields.add(new ApiException.FieldProblem(missing.getHeaderName(), "validation.required"));
            case HttpMessageNotReadableException unreadable
                    when unreadable.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty() ->
                    fields.add(new ApiException.FieldProblem(path(databind), "api.problem.field.type"));
            default -> {
                // no field to blame
            }
        }
        return fields;
    }

    private static String path(DatabindException e) {
        var parts = new ArrayList<String>();
        for (var reference : e.getPath()) {
            parts.add(reference.getPropertyName() != null ? reference.getPropertyName()
                    : "[" + reference.getIndex() + "]");
        }
        return String.join(".", parts).replace(".[", "[");
    }

    private static ApiException.FieldProblem fieldProblem(FieldError error) {
        return fieldProblem(error.getField(), error.getCode(), argument(error, 1), argument(error, 1));
    }

    private static String code(org.springframework.context.MessageSourceResolvable error) {
        var codes = error.getCodes();
        return codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
    }

    /** Bean Validation puts the annotation's attributes after the field name, in alphabetical order (max before min). */
    private static Object argument(org.springframework.context.MessageSourceResolvable error, int index) {
        var args = error.getArguments();
        if (args == null || args.length <= index || args[index] instanceof DefaultMessageSourceResolvable) {
            return null;
        }
        return args[index];
    }

    private static ApiException.FieldProblem fieldProblem(String field, String constraint, Object max, Object value) {
        return switch (constraint == null ? "" : constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> new ApiException.FieldProblem(field, "validation.required");
            case "Size" -> new ApiException.FieldProblem(field, "validation.max-length", number(max));
            case "Min", "PositiveOrZero", "Positive" ->
                    new ApiException.FieldProblem(field, "api.problem.field.min", number(value));
            case "Max" -> new ApiException.FieldProblem(field, "api.problem.field.max", number(value));
            case "typeMismatch" -> new ApiException.FieldProblem(field, "api.problem.field.type");
            default -> new ApiException.FieldProblem(field, "api.problem.field.invalid");
        };
    }

    private static Object number(Object value) {
        return value instanceof Number n ? n.longValue() : value == null ? "?" : value.toString();
    }

    private ResponseEntity<Object> answer(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, problems.locale(request).getLanguage())
                .body(problem);
    }
}
