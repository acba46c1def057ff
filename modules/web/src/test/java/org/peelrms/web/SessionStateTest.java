package org.peelrms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a page keeps between requests can be copied to another node. A view-scoped bean lives in the web session,
 * which a cluster copies to another node (distributable sessions, issue 15) and a single node writes out when Peel
 * is undeployed: a field that cannot be serialized cannot be copied (WildFly logs ISPN000559), so the page loses
 * its state when its node dies. So every field a view-scoped bean
 * keeps, and everything inside it down to the JDK's own types, is {@link Serializable}; injected beans are proxies
 * the container serializes itself.
 */
class SessionStateTest {
    @Test
    void everythingAPageKeepsBetweenRequests_canBeCopiedToAnotherNode() throws Exception {
        List<Class<?>> viewScoped = viewScopedBeans();
        assertThat(viewScoped).as("view-scoped beans found").hasSizeGreaterThan(30);
        List<String> problems = new ArrayList<>();
        Set<Class<?>> checked = new HashSet<>();
        for (Class<?> bean : viewScoped) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            fieldsOf(bean, bean.getSimpleName(), checked, problems);
        }
        assertThat(problems).as("state of view-scoped beans that cannot be serialized").isEmpty();
    }

    /** The web module's compiled classes annotated {@code @ViewScoped}, read from its classes folder. */
    private static List<Class<?>> viewScopedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(org.peelrms.web.rest.PeelApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class")).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    private static void fieldsOf(Class<?> type, String path, Set<Class<?>> checked, List<String> problems) {
        Map<TypeVariable<?>, Type> bound = new HashMap<>();
        for (Class<?> c = type; c != null && c.getName().startsWith("org.peelrms"); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || injected(field)) {
                    continue;
                }
                check(resolved(field.getGenericType(), bound), path + "." + field.getName(), checked, problems);
            }
            if (c.getGenericSuperclass() instanceof ParameterizedType parent) {
                TypeVariable<?>[] variables = ((Class<?>) parent.getRawType()).getTypeParameters();
                Type[] arguments = parent.getActualTypeArguments();
                for (int i = 0; i < variables.length; i++) {
                    bound.put(variables[i], resolved(arguments[i], bound));
                }
            }
        }
    }

    /** A superclass's type variable as the subclass gives it (a report page's {@code R} is its report). */
    private static Type resolved(Type type, Map<TypeVariable<?>, Type> bound) {
        return type instanceof TypeVariable<?> variable && bound.containsKey(variable) ? bound.get(variable) : type;
    }

    private static boolean injected(Field field) {
        return field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class);
    }

    private static void check(Type type, String path, Set<Class<?>> checked, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, checked, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", checked, problems);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            problems.add(path + ": of type " + variable.getName() + ", which no subclass names");
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, checked, problems);
            }
        } else if (type instanceof Class<?> raw) {
            if (raw.isPrimitive() || raw == Object.class || Collection.class.isAssignableFrom(raw) && raw.isInterface()
                    || Map.class.isAssignableFrom(raw) && raw.isInterface()) {
                return; // the element types are checked as type arguments; the JDK's lists, sets and maps serialize
            }
            if (raw.isArray()) {
                check(raw.getComponentType(), path + "[]", checked, problems);
                return;
            }
            if (!Serializable.class.isAssignableFrom(raw)) {
                problems.add(path + ": " + raw.getName() + " is not Serializable");
                return;
            }
            if (raw.getName().startsWith("org.peelrms") && !raw.isEnum() && checked.add(raw)) {
                fieldsOf(raw, raw.getSimpleName(), checked, problems);
            }
        }
    }
}
