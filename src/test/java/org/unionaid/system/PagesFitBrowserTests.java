package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.unionaid.support.BrowserTestSupport;

/**
 * Every page of every role's menu fits a desktop (1,280 px) and a phone (390 px) window in both languages: the
 * page itself never scrolls sideways. A wide table may scroll inside its own container ({@code .table-responsive}),
 * which is what a user on a phone expects; anything else that sticks out of the window is reported with its
 * element, so the failure says what to fix.
 */
class PagesFitBrowserTests extends BrowserTestSupport {

    private static final List<String> ROLES = List.of("sysadmin", "auditor", "caseworker", "reviewer", "admin",
            "volunteer", "employer", "partner", "worker");

    /** The widest element that sticks out of the window and does not sit in a container that scrolls. */
    private static final String OVERFLOW = """
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) { return null; }
            const scrolls = el => {
              for (let p = el.parentElement; p; p = p.parentElement) {
                const x = getComputedStyle(p).overflowX;
                if ((x === 'auto' || x === 'scroll' || x === 'hidden') && p !== document.body
                    && p !== document.documentElement) { return true; }
              }
              return false;
            };
            let worst = null, right = width;
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.right > right + 1 && r.width > 0 && !scrolls(el)) { worst = el; right = r.right; }
            }
            if (!worst) {
              // inside a scrolling container but placed outside its clip (absolutely): name that one
              for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                const placed = ['absolute', 'fixed'].includes(getComputedStyle(el).position);
                if (placed && r.right > right + 1 && r.width > 0) { worst = el; right = r.right; }
              }
            }
            const name = worst ? worst.tagName.toLowerCase() + (worst.id ? '#' + worst.id : '')
                + (worst.className && typeof worst.className === 'string' ? '.' + worst.className.trim().split(/\\s+/).join('.') : '')
                : '?';
            return document.documentElement.scrollWidth + ' px wide in ' + width + ' px; widest: ' + name
                + ' (right edge ' + Math.round(right) + ')';
            """;

    private final JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    @SuppressWarnings("unchecked")
    private List<String> menuPages() {
        List<String> hrefs = (List<String>) js().executeScript("""
                return Array.from(document.querySelectorAll('nav.navbar a[href]'))
                  .map(a => a.getAttribute('href'))
                  .filter(h => h.startsWith('/') && !h.startsWith('//') && !h.includes('lang='));
                """);
        Set<String> pages = new LinkedHashSet<>(hrefs);
        pages.add("/");
        return new ArrayList<>(pages);
    }

    private void size(int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
    }

    private void check(String where, List<String> problems) {
        Object overflow = js().executeScript(OVERFLOW);
        // charts follow a resize one animation frame later (ResizeObserver): give the page a moment to settle
        for (int i = 0; overflow != null && i < 10; i++) {
            sleep();
            overflow = js().executeScript(OVERFLOW);
        }
        if (overflow != null) {
            problems.add(where + ": " + overflow);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void somethingWiderThanThePhoneIsFoundAndNamed() {
        signInAsDemo("caseworker");
        size(390);
        open("/workers");
        waitFor(By.tagName("main"));
        List<String> problems = new ArrayList<>();
        check("clean", problems);
        assertThat(problems).isEmpty();
        js().executeScript("""
                const wide = document.createElement('div');
                wide.id = 'too-wide';
                wide.style.width = '900px';
                wide.textContent = 'x';
                document.querySelector('main').appendChild(wide);""");
        check("with a 900 px block", problems);
        assertThat(problems).singleElement().asString().contains("div#too-wide").contains("912 px wide");
        size(1280);
    }

    @Test
    void everyMenuPageOfEveryRoleFitsADesktopAndAPhoneInBothLanguages() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String role : ROLES) {
            browser.manage().deleteAllCookies();
            size(1280);
            signInAsDemo(role);
            open("/?lang=en");
            waitFor(By.id("user-menu"));
            List<String> pages = menuPages();
            assertThat(pages).as(role + "'s menu").hasSizeGreaterThan(2);
            if (role.equals("caseworker")) {
                // the pages with the widest tables: a filed household (members, incomes) and its worker
                Long file = jdbc.queryForObject("""
                        select f.id from hardship_file f join household_member m on m.household_id = f.household_id
                         group by f.id order by count(*) desc, f.id limit 1""", Long.class);
                Long worker = jdbc.queryForObject("select primary_worker_id from hardship_file where id = ?", Long.class, file);
                pages.add("/hardship/files/" + file);
                pages.add("/workers/" + worker);
            }
            for (String lang : List.of("en", "zh-CN")) {
                open("/?lang=" + lang);
                boolean phoneFirst = false;
                for (String page : pages) {
                    // alternate the order of the sizes, so each page is loaded once per language
                    size(phoneFirst ? 390 : 1280);
                    open(page);
                    waitFor(By.tagName("main"));
                    check(role + " " + lang + " " + page + " at " + (phoneFirst ? 390 : 1280), problems);
                    size(phoneFirst ? 1280 : 390);
                    check(role + " " + lang + " " + page + " at " + (phoneFirst ? 1280 : 390), problems);
                    phoneFirst = !phoneFirst;
                    checked += 2;
                }
            }
        }
        size(1280);
        assertThat(checked).isGreaterThan(100);
        assertThat(problems).isEmpty();
    }
}
