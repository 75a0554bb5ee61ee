package org.unionaid.users.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.unionaid.support.BrowserTestSupport;

class UserAdminBrowserTests extends BrowserTestSupport {

    @Test
    void sysadminCreatesAUserThroughTheFormWhoThenSignsIn() {
        String username = "web-" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        long yanta = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class);

        signInAsDemo("sysadmin");
        open("/admin/users/new");
        waitFor(By.id("user-form"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("Web Created");
        browser.findElement(By.id("email")).sendKeys(username + "@unionaid.example");
        new Select(browser.findElement(By.id("branchId"))).selectByValue(String.valueOf(yanta));
        click(By.id("role-CASEWORKER"));
        browser.findElement(By.id("password")).sendKeys("web-created-pass");
        click(By.id("user-submit"));

        assertThat(waitFor(By.id("flash-success")).getText()).contains("用户已创建");
        assertThat(browser.findElement(By.id("user-heading")).getText()).isEqualTo(username);
        assertThat(browser.findElement(By.id("role-CASEWORKER")).isSelected()).isTrue();
        screenshot("user-created");

        open("/admin/users?q=" + username);
        waitFor(By.id("user-" + username));
        screenshot("users-list");
        open("/audit?entityType=UserAccount");
        waitFor(By.id("audit-rows"));
        screenshot("audit-list");

        browser.manage().deleteAllCookies();
        signIn(username, "web-created-pass");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home-heading")));
        assertThat(browser.findElement(By.id("user-menu")).getText()).contains("Web Created");
    }
}
