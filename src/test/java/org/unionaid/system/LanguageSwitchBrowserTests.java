package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.unionaid.support.BrowserTestSupport;

class LanguageSwitchBrowserTests extends BrowserTestSupport {

    @Test
    void languageSwitchChangesThePageLanguageAndIsRememberedForTheUser() {
        signInAsDemo("auditor");
        assertThat(waitFor(By.id("home-heading")).getText()).contains("欢迎");
        // the session lives in PostgreSQL (Spring Session JDBC), so any app instance can serve the next request
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'auditor'",
                Integer.class)).isPositive();

        open("/?lang=en");
        assertThat(waitFor(By.id("home-heading")).getText()).contains("Welcome");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        // a new session on a "new device" (cookies gone) gets the remembered language after sign-in
        browser.manage().deleteAllCookies();
        signInAsDemo("auditor");
        assertThat(waitFor(By.id("home-heading")).getText()).contains("Welcome");

        open("/?lang=zh-CN");
        assertThat(waitFor(By.id("home-heading")).getText()).contains("欢迎");
        assertThat(jdbc.queryForObject("select locale from user_account where username = 'auditor'", String.class))
                .isEqualTo("zh-CN");
    }

    @Test
    void signInWithAWrongPasswordShowsTheMessageInTheChosenLanguage() {
        open("/login?lang=en");
        browser.findElement(By.id("username")).sendKeys("caseworker");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        click(By.id("login-submit"));
        assertThat(waitFor(By.id("login-error")).getText()).contains("Wrong username or password");
    }
}
