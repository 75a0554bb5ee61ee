package org.unionaid.shared.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a filtered list page (bean {@code filterLinks}, used by {@code fragments/filters}): its export and
 * its column sorts carry every filter that is set, read from the page's filter form (a bean whose properties are
 * the list's request parameters, e.g. {@code HardshipFileFilterForm}), so no template lists a list's parameters
 * by hand. Values are written as the binder reads them back: an enum by its name, a date as ISO
 * {@code yyyy-MM-dd} ({@code @DateTimeFormat(iso = DATE)}), anything else as text; a filter that is not set (null
 * or blank) is left out. Paging links keep the current request's parameters ({@code pageLinks}).
 */
@Component("filterLinks")
public class FilterLinks {

    /** {@code path} (below the context path) with the filter's parameters, the sort included. */
    public String to(String path, Object filter) {
        return link(path, parameters(filter));
    }

    /**
     * The list sorted by {@code property}: ascending, or descending when the filter's sort is ascending by it now
     * (a column header toggles); the other filters kept, the page back to the first.
     */
    public String sorted(String path, Object filter, String property) {
        Map<String, String> parameters = parameters(filter);
        String ascending = property + ",asc";
        String now = parameters.remove("sort");
        parameters.put("sort", ascending.equals(now) ? property + ",desc" : ascending);
        return link(path, parameters);
    }

    /** The filter's set properties as request parameters, in the order the form declares them. */
    public static Map<String, String> parameters(Object filter) {
        BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(filter);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Class<?> type = filter.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                String name = field.getName();
                if (Modifier.isStatic(field.getModifiers()) || !bean.isReadableProperty(name)
                        || parameters.containsKey(name)) {
                    continue;
                }
                String value = text(bean.getPropertyValue(name));
                if (value != null) {
                    parameters.put(name, value);
                }
            }
        }
        return parameters;
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        return text.isBlank() ? null : text.strip();
    }

    private static String link(String path, Map<String, String> parameters) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(contextPath() + path);
        parameters.forEach((name, value) -> link.queryParam(name, value));
        return link.encode().build().toUriString();
    }

    private static String contextPath() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getContextPath() : "";
    }
}
