#!/usr/bin/env python3
"""Drives kbserve in headless Chromium as a patient would, runs axe-core on every page,
and saves phone-width (390 px) and desktop screenshots. Exits non-zero on any failure.

Used by scripts/browser-test.sh, which installs the browser and starts the server."""

import argparse
import os
import shutil
import sys
import time

from axe_check import serious_violations
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

PHONE = (390, 844)
DESKTOP = (1280, 900)


class Failure(Exception):
    pass


class Browser:
    def __init__(self, base_url, artifacts):
        self.base_url = base_url.rstrip("/")
        self.artifacts = artifacts
        os.makedirs(artifacts, exist_ok=True)
        options = webdriver.ChromeOptions()
        options.add_argument("--headless=new")
        options.add_argument("--no-sandbox")
        options.add_argument("--disable-dev-shm-usage")
        options.add_argument("--disable-gpu")
        options.add_argument(f"--window-size={DESKTOP[0]},{DESKTOP[1]}")
        binary = shutil.which("chromium") or shutil.which("chromium-browser")
        if binary:
            options.binary_location = binary
        driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
        self.driver = webdriver.Chrome(service=Service(driver_path), options=options)
        self.wait = WebDriverWait(self.driver, 10)
        self.failures = []
        self.passed = 0
        self.pages_checked = 0

    def get(self, path):
        self.driver.get(self.base_url + path)

    def wait_for_url(self, part):
        """Waits until the page that a click opens is loaded (its URL contains `part`)."""
        try:
            self.wait.until(lambda drv: part in drv.current_url)
        except Exception:
            pass
        return part in self.driver.current_url

    def find(self, css):
        return self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))

    def expect(self, condition, message):
        if not condition:
            self.failures.append(f"{self.driver.current_url}: {message}")
            print(f"  FAIL {message}")
        else:
            self.passed += 1
            print(f"  ok   {message}")

    def check_accessibility(self, name):
        serious, others = serious_violations(self.driver)
        self.expect(not serious, f"axe: no serious or critical violations on {name} ({others} minor)")
        self.pages_checked += 1

    def screenshots(self, name):
        for label, (width, height) in (("phone", PHONE), ("desktop", DESKTOP)):
            mobile = label == "phone"
            self.driver.execute_cdp_cmd(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
            )
            time.sleep(0.2)
            full = self.driver.execute_script("return Math.min(document.documentElement.scrollHeight, 5000)")
            self.driver.execute_cdp_cmd(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": max(height, full), "deviceScaleFactor": 1, "mobile": mobile},
            )
            time.sleep(0.2)
            if mobile:
                overflow = self.driver.execute_script(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1"
                )
                self.expect(not overflow, f"{name}: no horizontal scrolling at {width}px")
            path = os.path.join(self.artifacts, f"{name}-{label}.png")
            self.driver.save_screenshot(path)
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.driver.set_window_size(*DESKTOP)

    def page(self, name):
        """Accessibility check and screenshots of the current page."""
        self.check_accessibility(name)
        self.screenshots(name)

    def quit(self):
        self.driver.quit()


def going_back(browser, link, shown, what):
    """Opens the first `link` of a page answered to a form post, then goes back: the page is shown
    again (it still contains `shown`), without the browser asking to resend the form."""
    d = browser.driver
    page = d.current_url
    d.find_element(By.CSS_SELECTOR, link).click()
    browser.wait.until(lambda drv: drv.current_url != page)
    d.back()
    try:
        browser.wait.until(lambda drv: shown in drv.find_element(By.TAG_NAME, "body").text)
    except Exception:
        pass
    body = d.find_element(By.TAG_NAME, "body").text
    browser.expect(shown in body and "ERR_CACHE_MISS" not in d.page_source, f"going back shows {what} again, without resending the form")


def run(browser):
    d = browser.driver

    print("Home page")
    browser.get("/")
    browser.expect("How can we help" in browser.find("h1").text, "home page has its heading")
    browser.expect(len(d.find_elements(By.CSS_SELECTOR, ".category-grid .card")) >= 3, "home page lists the categories")
    browser.page("home")

    print("Instant suggestions while typing (progressive enhancement)")
    box = browser.find("#home-q")
    box.send_keys("reset")
    try:
        WebDriverWait(d, 5).until(
            lambda drv: drv.find_elements(By.CSS_SELECTOR, ".suggestions:not([hidden]) li a")
        )
        browser.expect(True, "suggestions appear while typing")
    except Exception:
        browser.expect(False, "suggestions appear while typing")
    box.clear()

    print("Search with a typo")
    box = browser.find("#home-q")
    box.send_keys("forgot my pasword")
    box.submit()
    browser.find(".result-list")
    links = [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, ".result-list .result-title a")]
    browser.expect(any("/articles/reset-password" in href for href in links), "a typo still finds 'reset-password'")
    browser.expect(len(d.find_elements(By.CSS_SELECTOR, ".snippet mark")) > 0, "snippets mark the matched words")
    browser.expect("/search?" not in d.current_url and "pasword" not in d.current_url,
                   "a word no article writes (a typo, or a name) stays out of the address")
    browser.page("search")

    print("A search of words the help center knows has its own address")
    box = browser.find("#search-q")
    box.clear()
    box.send_keys("forgot my password")
    box.submit()
    browser.expect(browser.wait_for_url("/search?q=forgot%20my%20password"), "a search with nothing personal in it has its own address")

    print("A search with a date of birth in it stays out of the address")
    box = browser.find("#search-q")
    box.clear()
    box.send_keys("my dob 03/14/1985 is not accepted")
    box.submit()
    browser.wait.until(lambda drv: "[date]" in drv.find_element(By.CSS_SELECTOR, "h1").text)
    browser.expect("1985" not in d.current_url and "/search?" not in d.current_url, "the date is not in the address")
    browser.expect("1985" not in d.page_source and "1985" not in d.title, "the date is not shown back, nor in the title the history keeps")
    links = [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, ".result-title a")]
    browser.expect(any("/articles/date-of-birth-incorrect" in href for href in links), "it is still searched as typed")
    browser.check_accessibility("search-with-a-date")
    going_back(browser, ".result-title a", "[date]", "the results of a search with a date")

    print("No results")
    browser.get("/search?q=qwxzv+plokmn")
    browser.expect("troubleshooter" in d.page_source, "the no-results page offers the troubleshooter")
    browser.check_accessibility("no-results")

    print("A Spanish search on the English pages")
    browser.get("/search?q=contrase%C3%B1a+olvidada")
    pointer = d.find_elements(By.CSS_SELECTOR, "p.other-language[lang=es] a[hreflang=es]")
    browser.expect(len(pointer) == 1, "a Spanish query on the English pages points to the Spanish results")
    browser.check_accessibility("other-language")
    if pointer:
        pointer[0].click()
        browser.wait_for_url("/es/search")
        links = [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, ".result-list .result-title a")]
        browser.expect(any("/es/articles/reset-password" in href for href in links), "the Spanish results find 'reset-password'")

    print("Open an article")
    browser.get("/search?q=forgot+my+pasword")
    target = next(
        (a for a in d.find_elements(By.CSS_SELECTOR, ".result-list .result-title a") if "/articles/reset-password" in a.get_attribute("href")),
        None,
    )
    if target is None:
        browser.expect(False, "found the article link to open")
        browser.get("/articles/reset-password")
    else:
        target.click()
    title = browser.find("#article-title").text
    browser.expect(bool(title), f"article page shows its title ({title!r})")
    browser.expect(len(d.find_elements(By.CSS_SELECTOR, "nav.breadcrumb a")) >= 1, "article has a breadcrumb")
    browser.page("article")

    print("Vote on the article")
    comment = browser.find("#feedback-comment")
    comment.send_keys("Clear steps, thank you.")
    d.find_element(By.CSS_SELECTOR, "button[name=helpful][value=yes]").click()
    browser.wait_for_url("feedback=thanks")
    heading = browser.find("#feedback-title").text
    browser.expect("Thank you" in heading, "the vote is thanked")
    browser.check_accessibility("article-voted")

    print("Troubleshooter")
    browser.get("/troubleshoot")
    browser.find("#ts-message").send_keys("When I sign up it says: Invalid security code")
    d.find_element(By.CSS_SELECTOR, "details.values summary").click()
    browser.find("#ts-securityCode").send_keys("482913")
    d.find_element(By.CSS_SELECTOR, ".troubleshoot-form button[type=submit]").click()
    causes = WebDriverWait(d, 10).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, ".cause h3"))
    browser.expect(len(causes) >= 1, f"the troubleshooter ranks causes (first: {causes[0].text if causes else None!r})")
    browser.expect("482913" not in d.page_source, "the typed code is not shown back")
    browser.expect(
        any("/articles/invalid-pin-or-security-code" in a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, ".cause a")),
        "causes link to the article section",
    )
    browser.page("troubleshoot")
    going_back(browser, ".cause a", "Invalid security code", "a diagnosis")

    print("Troubleshooter, agent view")
    browser.get("/troubleshoot?view=agent")
    browser.find("#ts-message").send_keys("Phone number does not match records")
    d.find_element(By.CSS_SELECTOR, ".troubleshoot-form button[type=submit]").click()
    replies = WebDriverWait(d, 10).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, ".reply textarea"))
    browser.expect(bool(replies and replies[0].get_attribute("value")), "the agent view shows a reply to copy")
    browser.page("troubleshoot-agent")

    print("Category and 404 pages")
    browser.get("/categories/registration")
    browser.expect(len(d.find_elements(By.CSS_SELECTOR, ".result-list li")) >= 3, "category lists its articles")
    browser.page("category")
    browser.get("/no/such/page")
    browser.expect("Page not found" in browser.find("h1").text, "unknown pages get the 404 page")
    browser.expect(len(d.find_elements(By.CSS_SELECTOR, "#error-q")) == 1, "the 404 page has a search box")
    browser.page("not-found")

    print("Spanish: the language switch, a search with a typo, an article, the troubleshooter")
    browser.get("/")
    switch = d.find_element(By.CSS_SELECTOR, "a[hreflang=es]")
    switch.click()
    browser.expect(d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es", "the language switch opens the Spanish home page")
    browser.expect("ayudarle" in browser.find("h1").text, "the Spanish home page has its heading")
    browser.page("es-home")
    browser.get("/")
    browser.expect(d.current_url.rstrip("/").endswith("/es"), "with the cookie set, / opens the Spanish home page")
    box = browser.find("#home-q")
    box.send_keys("olvide mi contrasna")
    box.submit()
    browser.find(".result-list")
    links = [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, ".result-list .result-title a")]
    browser.expect(any("/es/articles/reset-password" in href for href in links), "a Spanish typo finds the Spanish 'reset-password'")
    browser.page("es-search")
    browser.get("/es/articles/invalid-pin-or-security-code")
    browser.expect("código" in browser.find("#article-title").text, "the Spanish article shows its Spanish title")
    browser.expect(len(d.find_elements(By.CSS_SELECTOR, "link[hreflang=x-default]")) == 1, "the article names its alternates")
    browser.page("es-article")
    browser.get("/es/troubleshoot")
    browser.find("#ts-message").send_keys("Me sale Invalid security code cuando pongo el código que me llegó por mensaje")
    d.find_element(By.CSS_SELECTOR, "details.values summary").click()
    browser.find("#ts-securityCode").send_keys("482913")
    d.find_element(By.CSS_SELECTOR, ".troubleshoot-form button[type=submit]").click()
    causes = WebDriverWait(d, 10).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, ".cause h3"))
    browser.expect(len(causes) >= 1, f"the Spanish troubleshooter ranks causes (first: {causes[0].text if causes else None!r})")
    browser.expect("Cómo arreglarlo" in d.page_source, "the Spanish troubleshooter speaks Spanish")
    browser.expect("482913" not in d.page_source, "the typed code is not shown back")
    browser.page("es-troubleshoot")
    browser.get("/language?set=en&next=/")

    if browser.admin_token:
        run_admin(browser)

    print("Keyboard: the skip link is the first stop")
    browser.get("/")
    d.find_element(By.TAG_NAME, "body").send_keys("\t")
    active = d.switch_to.active_element
    browser.expect(active.get_attribute("class") == "skip-link", "Tab reaches the skip link first")


def run_admin(browser):
    """The insights dashboard: a vote with a reason and comment and a followed search result
    to count, then sign in, read the overview, export a CSV and change the comment's status."""
    d = browser.driver

    print("Insights: a followed search result and a 'No' with a reason and a comment")
    browser.get("/search?q=reset+password")
    first = browser.find(".result-list .result-title a")
    browser.expect("sid=" in first.get_attribute("href") and "pos=1" in first.get_attribute("href"), "result links carry the search id and position")
    first.click()
    browser.wait_for_url("sid=")
    canonical = d.find_element(By.CSS_SELECTOR, "link[rel=canonical]").get_attribute("href")
    browser.expect("sid=" not in canonical, "the article's canonical URL has no search id")
    d.find_element(By.CSS_SELECTOR, "input[name=reason][value=missing-information]").click()
    browser.find("#feedback-comment").send_keys("The steps for the app are missing")
    d.find_element(By.CSS_SELECTOR, ".feedback-form button[value=no]").click()
    browser.expect(browser.wait_for_url("feedback=thanks"), "the vote with a reason is recorded")

    print("Insights: sign in")
    browser.get("/admin")
    browser.expect(d.current_url.endswith("/admin/sign-in"), "signed out, /admin opens the sign-in form")
    browser.page("admin-sign-in")
    browser.find("#admin-token").send_keys("wrong token")
    d.find_element(By.CSS_SELECTOR, ".admin-form button[type=submit]").click()
    browser.expect("not the admin token" in browser.find("[role=alert]").text, "a wrong token is refused")
    browser.find("#admin-token").send_keys(browser.admin_token)
    d.find_element(By.CSS_SELECTOR, ".admin-form button[type=submit]").click()
    browser.wait.until(lambda drv: drv.current_url.rstrip("/").endswith("/admin"))
    browser.expect(browser.find("h1").text.startswith("Overview"), "the right token opens the overview")
    cookie = d.get_cookie("kbserve_admin") or {}
    browser.expect(cookie.get("secure") and cookie.get("httpOnly") and cookie.get("sameSite") == "Strict", "the session cookie is Secure, HttpOnly and SameSite=Strict")

    print("Insights: the overview")
    charts = d.find_elements(By.CSS_SELECTOR, "svg.chart")
    browser.expect(len(charts) == 2, "the overview draws two charts")
    browser.expect(all(c.find_elements(By.TAG_NAME, "title") and c.find_elements(By.TAG_NAME, "desc") for c in charts), "each chart has a title and a description")
    figures = {dt.text: dd.text for dt, dd in zip(d.find_elements(By.CSS_SELECTOR, ".figure-name"), d.find_elements(By.CSS_SELECTOR, ".figure-value"))}
    browser.expect(int(figures.get("Searches", "0")) >= 1 and int(figures.get("Clicks", "0")) >= 1, f"the overview counts the searches and the click ({figures})")
    browser.page("admin-overview")

    print("Insights: export a table as CSV")
    link = d.find_element(By.CSS_SELECTOR, "a[href^='/admin/overview.csv']").get_attribute("href")
    csv = d.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => done([r.status, r.headers.get('content-type'), t])))"
        ".catch(e => done([0, '', String(e)]));",
        link,
    )
    browser.expect(csv[0] == 200 and csv[1].startswith("text/csv") and csv[2].startswith("Day,Searches,"), f"the overview exports as CSV ({csv[0]}, {csv[1]})")

    print("Insights: the searches of one language")
    d.find_element(By.CSS_SELECTOR, "#range-lang option[value=es]").click()
    d.find_element(By.CSS_SELECTOR, ".range-form button[type=submit]").click()
    browser.wait.until(lambda drv: "lang=es" in drv.current_url)
    selected = d.find_element(By.CSS_SELECTOR, "#range-lang option[selected]").get_attribute("value")
    browser.expect(selected == "es", "the overview keeps the chosen language")
    gaps_link = d.find_element(By.CSS_SELECTOR, "nav[aria-label=Insights] a[href^='/admin/gaps']").get_attribute("href")
    browser.expect("lang=es" in gaps_link, "the other pages' links keep it")
    browser.page("admin-overview-spanish")

    print("Insights: content gaps, diagnoses, articles and a comment's status")
    browser.get("/admin/gaps")
    browser.expect(browser.find("h1").text.startswith("Content gaps"), "the content gaps page opens")
    browser.page("admin-gaps")
    browser.get("/admin/diagnoses")
    browser.expect(browser.find("h1").text.startswith("Diagnoses"), "the diagnoses page opens")
    browser.page("admin-diagnoses")
    browser.get("/admin/articles")
    comment = browser.find(".comment")
    browser.expect("The steps for the app are missing" in comment.text and "missing-information" in comment.text, "the comment is listed with its reason")
    select = comment.find_element(By.CSS_SELECTOR, "select[name=status]")
    select.find_element(By.CSS_SELECTOR, "option[value=planned]").click()
    comment.find_element(By.CSS_SELECTOR, ".status-form button[type=submit]").click()
    browser.expect("is saved" in browser.find(".notice").text, "the new status is saved")
    selected = d.find_element(By.CSS_SELECTOR, ".comment select[name=status] option[selected]").get_attribute("value")
    browser.expect(selected == "planned", "the comment now shows the status 'planned'")
    browser.page("admin-articles")
    d.find_element(By.CSS_SELECTOR, ".sign-out button").click()
    browser.expect(browser.wait_for_url("/admin/sign-in"), "signing out returns to the sign-in form")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--artifacts", default="artifacts/screenshots")
    parser.add_argument("--admin-token", default=os.environ.get("KBSERVE_ADMIN_TOKEN"), help="tests the insights dashboard too")
    args = parser.parse_args()
    browser = Browser(args.base_url, args.artifacts)
    browser.admin_token = args.admin_token
    try:
        run(browser)
    except Exception as error:  # a step could not run at all
        browser.failures.append(f"{type(error).__name__}: {error}")
        print(f"  FAIL {type(error).__name__}: {error}")
    finally:
        browser.quit()
    print(f"\n{browser.pages_checked} pages checked with axe-core; screenshots in {args.artifacts}")
    if browser.failures:
        print(f"{len(browser.failures)} failure(s):")
        for failure in browser.failures:
            print(f"  - {failure}")
    # The plain closing line CI reads, whatever the language.
    print(f"browser: {browser.passed} passed, {len(browser.failures)} failed")
    return 1 if browser.failures else 0


if __name__ == "__main__":
    sys.exit(main())
