package io.vigint.http.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Builds an OpenAPI 3.0 document from JAX-RS resources by reading their annotations: {@code @Path} on the
 * class and methods (sub-resource locators are followed), the HTTP method annotations, {@code @Consumes},
 * {@code @Produces}, and the {@code @PathParam}, {@code @QueryParam}, {@code @HeaderParam},
 * {@code @CookieParam}, {@code @FormParam} and {@code @BeanParam} parameters; an unannotated parameter is
 * the request body, described from its type (records and Jackson {@code @JsonProperty} names included).
 * Every operation also documents the error envelope. The output is deterministic: paths, operations and
 * schema properties come out in a stable order whatever order the resources are given in.
 */
public final class OpenApiGenerator {
    /** The OpenAPI version written. */
    public static final String OPENAPI_VERSION = "3.0.3";

    private static final List<String> METHOD_ORDER =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final int MAX_LOCATOR_DEPTH = 5;
    private static final int MAX_SCHEMA_DEPTH = 4;

    private final String title;
    private final String version;
    private final Map<String, Object> securitySchemes;
    private final ObjectMapper mapper;

    /** A generator without security schemes, describing bodies as a default {@link ObjectMapper} sees them. */
    public OpenApiGenerator(String title, String version) {
        this(title, version, Map.of(), new ObjectMapper());
    }

    /**
     * @param securitySchemes written to {@code components.securitySchemes} as given (sorted by name)
     * @param mapper the server's JSON mapper: request and response bodies are described with the property
     *     names it uses (naming strategy, {@code @JsonProperty})
     */
    public OpenApiGenerator(String title, String version, Map<String, Object> securitySchemes, ObjectMapper mapper) {
        this.title = Objects.requireNonNull(title, "title");
        this.version = Objects.requireNonNull(version, "version");
        this.securitySchemes = new TreeMap<>(securitySchemes);
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * A generator titled "Vigint API" declaring Vigint's credentials (X-API-Key, bearer tokens,
     * X-Admin-Key), describing bodies with the server's {@code mapper}.
     */
    public static OpenApiGenerator vigint(String version, ObjectMapper mapper) {
        Map<String, Object> schemes = new LinkedHashMap<>();
        schemes.put("ApiKey", ordered("type", "apiKey", "in", "header", "name", "X-API-Key"));
        schemes.put("Bearer", ordered("type", "http", "scheme", "bearer"));
        schemes.put("AdminKey", ordered("type", "apiKey", "in", "header", "name", "X-Admin-Key"));
        return new OpenApiGenerator("Vigint API", version, schemes, mapper);
    }

    /**
     * The document for {@code resources}: resource instances or classes (anything without {@code @Path}
     * on its class, such as filters, is ignored).
     */
    public Map<String, Object> document(Collection<?> resources) {
        Map<String, Map<String, Operation>> paths = new TreeMap<>();
        List<Class<?>> classes = resources.stream()
                .map(r -> r instanceof Class<?> c ? c : r.getClass())
                .distinct()
                .sorted(Comparator.comparing(Class::getName))
                .toList();
        for (Class<?> type : classes) {
            String classPath = pathOf(type);
            if (classPath != null) {
                collect(type, List.of(classPath), type, paths, 0, new HashSet<>());
            }
        }
        Map<String, Object> pathsOut = new LinkedHashMap<>();
        Map<String, Integer> operationIds = new HashMap<>();
        paths.forEach((path, operations) -> {
            Map<String, Object> item = new LinkedHashMap<>();
            for (String method : METHOD_ORDER) {
                Operation operation = operations.get(method);
                if (operation != null) {
                    item.put(method, operation.render(uniqueId(operation.operationId, operationIds)));
                }
            }
            pathsOut.put(path, item);
        });
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", OPENAPI_VERSION);
        document.put("info", ordered("title", title, "version", version));
        document.put("paths", pathsOut);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", ordered("Error", errorSchema()));
        if (!securitySchemes.isEmpty()) {
            components.put("securitySchemes", securitySchemes);
        }
        document.put("components", components);
        return document;
    }

    /** {@link #document} as indented JSON. */
    public String json(Collection<?> resources) {
        try {
            return new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(document(resources));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }

    // ---- resources

    private record Operation(
            String operationId, String tag, List<Object> parameters, Object requestBody, Object responses) {
        Map<String, Object> render(String id) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("operationId", id);
            out.put("tags", List.of(tag));
            if (!parameters.isEmpty()) {
                out.put("parameters", parameters);
            }
            if (requestBody != null) {
                out.put("requestBody", requestBody);
            }
            out.put("responses", responses);
            return out;
        }
    }

    private void collect(
            Class<?> resource,
            List<String> prefix,
            Class<?> tagClass,
            Map<String, Map<String, Operation>> paths,
            int depth,
            Set<Class<?>> visiting) {
        if (!visiting.add(resource)) {
            return;
        }
        List<Method> methods = Arrays.stream(resource.getMethods())
                .filter(m -> !m.isBridge() && !m.isSynthetic() && !Modifier.isStatic(m.getModifiers()))
                .sorted(Comparator.comparing(Method::getName)
                        .thenComparing(m -> Arrays.toString(m.getParameterTypes())))
                .toList();
        for (Method declared : methods) {
            Method method = annotated(resource, declared);
            if (method == null) {
                continue;
            }
            String httpMethod = httpMethodOf(method);
            Path subPath = method.getAnnotation(Path.class);
            List<String> parts = new ArrayList<>(prefix);
            if (subPath != null) {
                parts.add(subPath.value());
            }
            if (httpMethod == null) {
                if (subPath != null && depth < MAX_LOCATOR_DEPTH) {
                    collect(method.getReturnType(), parts, tagClass, paths, depth + 1, visiting);
                }
                continue;
            }
            String template = join(parts);
            String path = openApiPath(template);
            Operation operation = operation(resource, method, tagClass, template);
            paths.computeIfAbsent(path, p -> new HashMap<>()).putIfAbsent(httpMethod.toLowerCase(), operation);
        }
        visiting.remove(resource);
    }

    private Operation operation(Class<?> resource, Method method, Class<?> tagClass, String template) {
        List<Object> parameters = new ArrayList<>();
        Map<String, Object> formProperties = new LinkedHashMap<>();
        Type body = null;
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                beanParameters(parameter.getType(), parameters, formProperties);
            } else if (!describe(parameter, parameter.getParameterizedType(), parameters, formProperties)
                    && !parameter.isAnnotationPresent(Context.class)
                    && !parameter.isAnnotationPresent(Suspended.class)
                    && !parameter.isAnnotationPresent(MatrixParam.class)) {
                body = parameter.getParameterizedType();
            }
        }
        Set<String> declared = new HashSet<>();
        for (Object p : parameters) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) p;
            if ("path".equals(map.get("in"))) {
                declared.add((String) map.get("name"));
            }
        }
        for (String variable : templateVariables(template)) {
            if (!declared.contains(variable)) {
                parameters.add(parameter(variable, "path", true, ordered("type", "string"), null));
            }
        }
        List<String> consumes =
                mediaTypes(method.getAnnotation(Consumes.class), resource.getAnnotation(Consumes.class));
        List<String> produces =
                mediaTypes(method.getAnnotation(Produces.class), resource.getAnnotation(Produces.class));
        Object requestBody = null;
        if (!formProperties.isEmpty()) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "object");
            schema.put("properties", formProperties);
            List<String> types = consumes.isEmpty() ? List.of(MediaType.APPLICATION_FORM_URLENCODED) : consumes;
            requestBody = ordered("required", true, "content", content(types, schema));
        } else if (body != null) {
            List<String> types = consumes.isEmpty() ? List.of(MediaType.APPLICATION_JSON) : consumes;
            requestBody = ordered("required", true, "content", content(types, schema(body, 0)));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Class<?> returned = method.getReturnType();
        if (returned == void.class) {
            responses.put("204", ordered("description", "No Content"));
        } else {
            Map<String, Object> success = new LinkedHashMap<>();
            success.put("description", "Success");
            Object schema = Response.class.isAssignableFrom(returned) ? null : schema(method.getGenericReturnType(), 0);
            success.put("content", content(produces.isEmpty() ? List.of(MediaType.WILDCARD) : produces, schema));
            responses.put("2XX", success);
        }
        responses.put(
                "default",
                ordered(
                        "description",
                        "Error (the error envelope)",
                        "content",
                        content(List.of(MediaType.APPLICATION_JSON), ordered("$ref", "#/components/schemas/Error"))));
        String tag = tagClass.getSimpleName();
        return new Operation(tag + "_" + method.getName(), tag, parameters, requestBody, responses);
    }

    private static Map<String, Object> content(List<String> mediaTypes, Object schema) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (String type : mediaTypes) {
            content.put(type, schema == null ? ordered() : ordered("schema", schema));
        }
        return content;
    }

    /** Adds {@code element} as a parameter or form field if it is annotated as one; returns whether it was. */
    private boolean describe(
            AnnotatedElement element, Type generic, List<Object> parameters, Map<String, Object> formProperties) {
        DefaultValue defaultValue = element.getAnnotation(DefaultValue.class);
        String fallback = defaultValue == null ? null : defaultValue.value();
        PathParam path = element.getAnnotation(PathParam.class);
        QueryParam query = element.getAnnotation(QueryParam.class);
        HeaderParam header = element.getAnnotation(HeaderParam.class);
        CookieParam cookie = element.getAnnotation(CookieParam.class);
        FormParam form = element.getAnnotation(FormParam.class);
        if (path != null) {
            parameters.add(parameter(path.value(), "path", true, schema(generic, 0), fallback));
        } else if (query != null) {
            parameters.add(parameter(query.value(), "query", false, schema(generic, 0), fallback));
        } else if (header != null) {
            parameters.add(parameter(header.value(), "header", false, schema(generic, 0), fallback));
        } else if (cookie != null) {
            parameters.add(parameter(cookie.value(), "cookie", false, schema(generic, 0), fallback));
        } else if (form != null) {
            formProperties.put(form.value(), withDefault(schema(generic, 0), fallback));
        } else {
            return false;
        }
        return true;
    }

    private void beanParameters(Class<?> bean, List<Object> parameters, Map<String, Object> formProperties) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(Arrays.asList(c.getDeclaredFields()));
        }
        fields.sort(Comparator.comparing(Field::getName));
        for (Field field : fields) {
            describe(field, field.getGenericType(), parameters, formProperties);
        }
    }

    private static Map<String, Object> parameter(
            String name, String in, boolean required, Object schema, String fallback) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", name);
        parameter.put("in", in);
        parameter.put("required", required);
        parameter.put("schema", withDefault(schema, fallback));
        return parameter;
    }

    private static Object withDefault(Object schema, String fallback) {
        if (fallback == null || !(schema instanceof Map<?, ?> map)) {
            return schema;
        }
        Map<Object, Object> copy = new LinkedHashMap<>(map);
        copy.put("default", typed(fallback, map.get("type")));
        return copy;
    }

    /** A {@code @DefaultValue} as the JSON type of its schema (the text itself if it does not parse). */
    private static Object typed(String value, Object type) {
        try {
            if ("integer".equals(type)) {
                return Long.parseLong(value.strip());
            }
            if ("number".equals(type)) {
                return Double.parseDouble(value.strip());
            }
        } catch (NumberFormatException e) {
            return value;
        }
        if ("boolean".equals(type)) {
            return Boolean.parseBoolean(value.strip());
        }
        return value;
    }

    // ---- annotations and paths

    /** The class-level {@code @Path} of {@code type} or of a supertype, or {@code null}. */
    static String pathOf(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Path path = c.getAnnotation(Path.class);
            if (path != null) {
                return path.value();
            }
            for (Class<?> i : c.getInterfaces()) {
                Path inherited = i.getAnnotation(Path.class);
                if (inherited != null) {
                    return inherited.value();
                }
            }
        }
        return null;
    }

    /**
     * The method carrying the JAX-RS annotations of {@code method}: itself, or (JAX-RS annotation
     * inheritance) the method it overrides in a superclass or interface; {@code null} if none has any.
     */
    private static Method annotated(Class<?> resource, Method method) {
        if (hasJaxRs(method)) {
            return method;
        }
        Set<Class<?>> seen = new LinkedHashSet<>();
        List<Class<?>> queue = new ArrayList<>();
        queue.add(resource);
        while (!queue.isEmpty()) {
            Class<?> c = queue.remove(0);
            if (c == null || c == Object.class || !seen.add(c)) {
                continue;
            }
            try {
                Method candidate = c.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (hasJaxRs(candidate)) {
                    return candidate;
                }
            } catch (NoSuchMethodException e) {
                // not declared here; look further up
            }
            queue.add(c.getSuperclass());
            queue.addAll(Arrays.asList(c.getInterfaces()));
        }
        return null;
    }

    private static boolean hasJaxRs(Method method) {
        return method.isAnnotationPresent(Path.class) || httpMethodOf(method) != null;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static List<String> mediaTypes(Consumes onMethod, Consumes onClass) {
        Consumes chosen = onMethod != null ? onMethod : onClass;
        return chosen == null ? List.of() : split(chosen.value());
    }

    private static List<String> mediaTypes(Produces onMethod, Produces onClass) {
        Produces chosen = onMethod != null ? onMethod : onClass;
        return chosen == null ? List.of() : split(chosen.value());
    }

    private static List<String> split(String[] values) {
        List<String> types = new ArrayList<>();
        for (String value : values) {
            for (String type : value.split(",")) {
                if (!type.isBlank()) {
                    types.add(type.strip());
                }
            }
        }
        return types;
    }

    /** The parts joined with single slashes, with a leading slash, keeping a declared trailing slash. */
    static String join(List<String> parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append('/').append(part);
        }
        String joined = path.toString().replaceAll("/{2,}", "/");
        return joined.isEmpty() ? "/" : joined;
    }

    /** A JAX-RS template in OpenAPI form: {@code {id: [0-9]+}} becomes {@code {id}}. */
    static String openApiPath(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = closingBrace(template, i);
            String inside = template.substring(i + 1, end);
            int colon = inside.indexOf(':');
            out.append('{')
                    .append((colon < 0 ? inside : inside.substring(0, colon)).strip())
                    .append('}');
            i = end + 1;
        }
        return out.toString();
    }

    private static List<String> templateVariables(String template) {
        List<String> names = new ArrayList<>();
        String path = openApiPath(template);
        int start = path.indexOf('{');
        while (start >= 0) {
            int end = path.indexOf('}', start);
            names.add(path.substring(start + 1, end));
            start = path.indexOf('{', end);
        }
        return names;
    }

    private static int closingBrace(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in path template " + template);
    }

    private static String uniqueId(String operationId, Map<String, Integer> used) {
        int count = used.merge(operationId, 1, Integer::sum);
        return count == 1 ? operationId : operationId + "_" + count;
    }

    // ---- schemas

    /** A JSON schema for a Java type: scalars, arrays, maps, records and beans (as Jackson sees them). */
    Object schema(Type type, int depth) {
        return schema(mapper.constructType(type), depth);
    }

    private Object schema(JavaType type, int depth) {
        Class<?> c = type.getRawClass();
        if (Optional.class.equals(c) || type.isReferenceType()) {
            return type.containedTypeCount() == 1 ? schema(type.containedType(0), depth) : ordered();
        }
        if (type.isEnumType()) {
            return enumSchema(c);
        }
        if (c == String.class || c == char.class || c == Character.class || c == UUID.class) {
            return ordered("type", "string");
        }
        if (c == int.class
                || c == Integer.class
                || c == short.class
                || c == Short.class
                || c == byte.class
                || c == Byte.class) {
            return ordered("type", "integer", "format", "int32");
        }
        if (c == long.class || c == Long.class) {
            return ordered("type", "integer", "format", "int64");
        }
        if (c == double.class
                || c == Double.class
                || c == float.class
                || c == Float.class
                || Number.class.isAssignableFrom(c)) {
            return ordered("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return ordered("type", "boolean");
        }
        if (Temporal.class.isAssignableFrom(c)) {
            return ordered("type", "string", "format", "date-time");
        }
        if (c == byte[].class || InputStream.class.isAssignableFrom(c)) {
            return ordered("type", "string", "format", "binary");
        }
        if (type.isArrayType() || type.isCollectionLikeType()) {
            JavaType items = type.getContentType();
            return ordered("type", "array", "items", items == null ? ordered() : schema(items, depth + 1));
        }
        if (type.isMapLikeType()) {
            return ordered("type", "object", "additionalProperties", schema(type.getContentType(), depth + 1));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        if (c == Object.class
                || c.getName().startsWith("java.")
                || c.getName().startsWith("jakarta.")
                || depth >= MAX_SCHEMA_DEPTH) {
            return schema;
        }
        Map<String, Object> properties = new TreeMap<>();
        BeanDescription bean = mapper.getSerializationConfig().introspect(type);
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (property.couldSerialize() || property.couldDeserialize()) {
                properties.put(property.getName(), schema(property.getPrimaryType(), depth + 1));
            }
        }
        if (!properties.isEmpty()) {
            schema.put("properties", properties);
        }
        return schema;
    }

    private static Map<String, Object> enumSchema(Class<?> type) {
        List<String> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            values.add(((Enum<?>) constant).name());
        }
        return ordered("type", "string", "enum", values);
    }

    /** A map keeping the order of {@code keysAndValues} (name, value, name, value, …): JSON output is stable. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> errorSchema() {
        Map<String, Object> errorProperties = new LinkedHashMap<>();
        errorProperties.put("code", ordered("type", "string", "example", "INVALID_API_KEY"));
        errorProperties.put("message", ordered("type", "string"));
        errorProperties.put("details", ordered("type", "object"));
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "object");
        error.put("required", List.of("code", "message", "details"));
        error.put("properties", errorProperties);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("error", error);
        properties.put("status", ordered("type", "string", "enum", List.of("error")));
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("type", "object");
        envelope.put("required", List.of("error", "status"));
        envelope.put("properties", properties);
        return envelope;
    }
}
