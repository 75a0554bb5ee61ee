package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.unionaid.support.BrowserTestSupport;

/**
 * The top navigation fits a 1,280 px window for every role in both languages: the page does not scroll sideways
 * and the inbox, the language switch and the user menu (sign-out) are inside the window. Menus are grouped per
 * domain (dropdowns), so a role with many pages still has one short bar.
 */
class NavigationFitsBrowserTests extends BrowserTestSupport {

    private static final List<String> ROLES = List.of("sysadmin", "auditor", "caseworker", "reviewer", "admin",
            "volunteer", "employer", "partner", "worker");

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }

    private long rightEdge(WebElement element) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return Math.ceil(arguments[0].getBoundingClientRect().right);", element)).longValue();
    }

    @Test
    void theNavigationFitsAt1280PixelsForEveryRoleInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (String role : ROLES) {
            browser.manage().deleteAllCookies();
            signInAsDemo(role);
            for (String lang : List.of("en", "zh-CN")) {
                open("/?lang=" + lang);
                waitFor(By.id("user-menu"));
                long width = number("return window.innerWidth;");
                long scroll = number("return document.documentElement.scrollWidth;");
                if (scroll > width) {
                    problems.add(role + " " + lang + ": page " + scroll + " px wide in a " + width + " px window");
                }
                for (String id : List.of("nav-inbox", "lang-en", "lang-zh", "user-menu")) {
                    WebElement element = browser.findElement(By.id(id));
                    if (!element.isDisplayed() || rightEdge(element) > width) {
                        problems.add(role + " " + lang + ": #" + id + " is outside the window (right edge "
                                + rightEdge(element) + " px of " + width + ")");
                    }
                }
                // the navigation stays on one line (the bar is about as high as the brand)
                long navHeight = number("return Math.round(document.querySelector('nav.navbar').getBoundingClientRect().height);");
                if (navHeight > 80) {
                    problems.add(role + " " + lang + ": the navigation wraps (" + navHeight + " px high)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aGroupedMenuOpensAndLeadsToItsPage() {
        signInAsDemo("admin");
        open("/?lang=en");
        click(By.id("nav-group-payouts"));
        click(By.id("nav-payout-queue"));
        wait.until(d -> d.getCurrentUrl().endsWith("/payouts/queue"));
        assertThat(browser.getCurrentUrl()).endsWith("/payouts/queue");
    }
}
