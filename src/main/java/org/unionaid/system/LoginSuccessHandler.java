package org.unionaid.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.unionaid.users.UnionAidUser;

/** After sign-in: apply the language the user chose last time, then go where they were heading. */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final UserLocaleResolver localeResolver;

    LoginSuccessHandler(UserLocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof UnionAidUser user && user.locale() != null) {
            localeResolver.applyRemembered(request, response, Locale.forLanguageTag(user.locale()));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
