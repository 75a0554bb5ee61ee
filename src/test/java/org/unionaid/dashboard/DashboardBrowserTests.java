package org.unionaid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.unionaid.support.BrowserTestSupport;

class DashboardBrowserTests extends BrowserTestSupport {

    @Test
    void adminReachesTheDashboardFromTheNavAndSeesDrawnCharts() {
        signInAsDemo("admin");
        open("/");
        click(By.id("home-dashboard"));
        waitFor(By.id("dashboard-heading"));
        waitFor(By.id("chart-paid"));
        // Chart.js has drawn on the canvases (it registers each chart it draws)
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('chart-paid'))"
                        + " && !!Chart.getChart(document.getElementById('chart-claims'))")));
        assertThat(browser.findElement(By.id("chart-paid")).getSize().getWidth()).isGreaterThan(0);
        assertThat(browser.findElements(By.cssSelector("canvas[data-chart]"))).hasSizeGreaterThanOrEqualTo(4);
        screenshot("dashboard-admin");
    }
}
