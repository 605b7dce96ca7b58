package de.lenkwerk.api.v1;

import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * A refusal of the API itself (not of a service): its status, its problem code and the translation of its detail.
 * {@code fields} lists the offending inputs of a validation problem.
 */
public class ApiException extends RuntimeException {

    /** One offending input: the field or parameter as the client named it, and the translated reason's key. */
    public record FieldProblem(String field, String key, Object... args) {
    }

    private final HttpStatus status;
    private final String code;
    private final String detailKey;
    private final transient Object[] args;
    private final transient List<FieldProblem> fields;

    ApiException(HttpStatus status, String code, String detailKey, List<FieldProblem> fields, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.detailKey = detailKey;
        this.fields = List.copyOf(fields);
        this.args = args;
    }

    static ApiException invalid(FieldProblem... fields) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation", "api.problem.validation.detail", List.of(fields));
    }

    static ApiException ifMatchRequired() {
        return new ApiException(HttpStatus.PRECONDITION_REQUIRED, "if-match-required",
                "api.problem.if-match-required.detail", List.of());
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String detailKey() {
        return detailKey;
    }

    Object[] args() {
        return args.clone();
    }

    List<FieldProblem> fields() {
        return fields;
    }
}
