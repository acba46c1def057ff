package org.peelrms.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.peelrms.web.rest.PeelApi;

/**
 * Every REST endpoint Peel has, found the way RESTEasy finds them: the JAX-RS resource classes of the web
 * module (its classes jar is on the test class path), their HTTP methods, paths, path and query parameters,
 * the roles that may call them and the type their body is read into.
 */
final class RestEndpoints {
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w+)\\s*(:[^}]*)?}");
    private static final String PACKAGE = PeelApi.class.getPackageName();

    /** One endpoint: e.g. POST api/v1/casefiles/{id}/crimes, read into CaseFilesResource.CrimeLink. */
    record Endpoint(String method, String template, List<String> roles, Type body, Map<String, Class<?>> pathParams,
            Map<String, Class<?>> queryParams) {

        /** The address with each path parameter given, the rest as they are. */
        String path(Map<String, String> values) {
            Matcher parameter = TEMPLATE.matcher(template);
            StringBuilder path = new StringBuilder();
            while (parameter.find()) {
                parameter.appendReplacement(path, Matcher.quoteReplacement(values.getOrDefault(parameter.group(1), "1")));
            }
            parameter.appendTail(path);
            return "api/" + path;
        }

        @Override
        public String toString() {
            return method + " api/" + template;
        }
    }

    private RestEndpoints() {
    }

    static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            for (Method method : resource.getMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    endpoints.add(endpoint(resource, method, verb));
                }
            }
        }
        Map<String, Endpoint> once = new LinkedHashMap<>(); // a method inherited and overridden is listed once
        endpoints.stream().sorted(Comparator.comparing(Endpoint::toString)).forEach(e -> once.putIfAbsent(e.toString(), e));
        return List.copyOf(once.values());
    }

    private static Endpoint endpoint(Class<?> resource, Method method, String verb) {
        String template = join(resource.getAnnotation(Path.class).value(),
                method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
        Map<String, Class<?>> pathParams = new LinkedHashMap<>();
        Map<String, Class<?>> queryParams = new LinkedHashMap<>();
        Matcher names = TEMPLATE.matcher(template);
        while (names.find()) {
            pathParams.put(names.group(1), String.class);
        }
        for (Field field : resource.getDeclaredFields()) {
            if (field.isAnnotationPresent(PathParam.class)) {
                pathParams.put(field.getAnnotation(PathParam.class).value(), field.getType());
            }
            if (field.isAnnotationPresent(QueryParam.class)) {
                queryParams.put(field.getAnnotation(QueryParam.class).value(), field.getType());
            }
        }
        Type body = null;
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(PathParam.class)) {
                pathParams.put(parameter.getAnnotation(PathParam.class).value(), parameter.getType());
            } else if (parameter.isAnnotationPresent(QueryParam.class)) {
                queryParams.put(parameter.getAnnotation(QueryParam.class).value(), parameter.getType());
            } else if (!parameter.isAnnotationPresent(Context.class) && !parameter.isAnnotationPresent(HeaderParam.class)
                    && !parameter.isAnnotationPresent(FormParam.class) && !parameter.isAnnotationPresent(CookieParam.class)
                    && !parameter.isAnnotationPresent(MatrixParam.class)) {
                body = parameter.getParameterizedType();
            }
        }
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : resource.getAnnotation(RolesAllowed.class);
        return new Endpoint(verb, template, roles == null ? List.of() : List.of(roles.value()), body, pathParams, queryParams);
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    private static String join(String outer, String inner) {
        String path = (outer + "/" + inner).replaceAll("/+", "/");
        path = path.startsWith("/") ? path.substring(1) : path;
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<Class<?>> resourceClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : classNames()) {
            try {
                Class<?> type = Class.forName(name, false, RestEndpoints.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class) && !Modifier.isAbstract(type.getModifiers())) {
                    classes.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("Could not load the resource class " + name, e);
            }
        }
        if (classes.size() < 20) {
            throw new IllegalStateException("Found only " + classes.size() + " REST resource classes: " + classes);
        }
        return classes;
    }

    /** The top-level classes of the REST package, from the web module's classes jar or folder. */
    private static List<String> classNames() {
        String folder = PACKAGE.replace('.', '/') + "/";
        try {
            java.nio.file.Path location = java.nio.file.Path.of(PeelApi.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            Stream<String> entries;
            if (Files.isDirectory(location)) {
                try (Stream<java.nio.file.Path> files = Files.walk(location.resolve(folder))) {
                    entries = files.map(file -> location.relativize(file).toString().replace('\\', '/')).toList().stream();
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    entries = jar.stream().map(entry -> entry.getName()).toList().stream();
                }
            }
            return entries.filter(entry -> entry.startsWith(folder) && entry.endsWith(".class") && !entry.contains("$")
                    && entry.indexOf('/', folder.length()) < 0)
                    .map(entry -> entry.substring(0, entry.length() - ".class".length()).replace('/', '.')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
