package org.unionaid.system;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.unionaid.shared.security.Actors;
import org.unionaid.users.Users;

/**
 * Two languages: Simplified Chinese (the default) and English. The choice is kept in a cookie and, for a
 * signed-in user, in their account, so it follows them to another device.
 */
class UserLocaleResolver extends CookieLocaleResolver {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Users users;

    UserLocaleResolver(Users users) {
        super("UNIONAID_LANG");
        this.users = users;
        setCookieMaxAge(Duration.ofDays(365));
        setDefaultLocaleFunction(request -> supported(request.getHeader("Accept-Language") == null
                ? CHINESE : request.getLocale()));
    }

    static Locale supported(@Nullable Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return supported(super.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
                          @Nullable Locale locale) {
        Locale chosen = supported(locale);
        super.setLocale(request, response, chosen);
        Actors.current().ifPresent(actor -> users.rememberLocale(actor.id(), chosen.toLanguageTag()));
    }

    /** Applies the user's remembered language at sign-in without saving it again. */
    void applyRemembered(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, supported(locale));
    }
}
