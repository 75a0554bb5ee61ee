package org.unionaid.branches.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.unionaid.support.BrowserTestSupport;

class BranchAdminBrowserTests extends BrowserTestSupport {

    @Test
    void sysadminCreatesABranchThroughTheFormAndSeesItInTheTree() {
        String code = "BR-" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
        long xian = jdbc.queryForObject("select id from branch where code = 'SN-XA'", Long.class);

        signInAsDemo("sysadmin");
        open("/admin/branches");
        waitFor(By.id("branch-SN-XA"));
        click(By.id("branch-new"));

        waitFor(By.id("branch-form"));
        new Select(browser.findElement(By.id("parentId"))).selectByValue(String.valueOf(xian));
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("nameEn")).sendKeys("Browser District Federation");
        new Select(browser.findElement(By.id("level"))).selectByValue("DISTRICT");
        // the Chinese name is missing: the form comes back with the input kept
        click(By.id("branch-submit"));
        waitFor(By.id("branch-form"));
        assertThat(browser.findElement(By.id("code")).getAttribute("value")).isEqualTo(code);
        assertThat(browser.findElements(By.cssSelector("#name.is-invalid"))).isNotEmpty();

        browser.findElement(By.id("name")).sendKeys("浏览器测试区总工会");
        click(By.id("branch-submit"));

        wait.until(ExpectedConditions.urlMatches(".*/admin/branches$"));
        assertThat(waitFor(By.id("flash-success")).isDisplayed()).isTrue();
        assertThat(waitFor(By.id("branch-" + code)).getText()).contains("浏览器测试区总工会").contains(code);
        screenshot("branch-created");

        long parent = jdbc.queryForObject("select parent_id from branch where code = ?", Long.class, code);
        assertThat(parent).isEqualTo(xian);
    }

    @Test
    void branchTreeIsUsableOnAPhone() {
        signInAsDemo("sysadmin");
        usePhoneWindow();
        open("/admin/branches");
        assertThat(waitFor(By.id("branch-link-SN-XA-YT")).isDisplayed()).isTrue();
        Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).isLessThanOrEqualTo(360L + 20L);
        click(By.id("branch-link-SN-XA-YT"));
        assertThat(waitFor(By.id("branch-heading")).getText()).contains("雁塔区总工会");
    }
}
