#!/usr/bin/env python3
"""Browser test of the embeddable help panel (issue 18). Starts its own kbserve with
--embed-origin for the example app's origin, serves examples/registration-app from a second
origin (another port) and a page that tries to frame the panel from a third, unconfigured one;
then, in headless Chromium: triggers an error id, sees the suggested article in the panel,
opens it, searches, closes the panel with Escape (focus returns to the Help button), checks the
events the page heard, and that the unconfigured origin cannot frame the panel. axe-core runs
in the panel's pages (0 serious or critical violations); screenshots go to --artifacts.

Used by scripts/browser-test.sh (which installs Chromium, selenium and axe-selenium-python):
  python3 scripts/embed_test.py --bin .build/debug/kbserve --artifacts artifacts/screenshots"""

import argparse
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from functools import partial

from axe_check import serious_violations
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def catalog(language):
    """The interface strings of `language`, as the server reads them."""
    with open(os.path.join(ROOT, "Sources", "kbserve", "Resources", "strings", f"{language}.json"), encoding="utf-8") as f:
        return json.load(f)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_directory(directory):
    """A static server on a free loopback port, in a thread; returns its origin."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = partial(Quiet, directory=directory)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


class Test:
    def __init__(self, artifacts):
        self.artifacts = artifacts
        os.makedirs(artifacts, exist_ok=True)
        options = webdriver.ChromeOptions()
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900"):
            options.add_argument(argument)
        binary = shutil.which("chromium") or shutil.which("chromium-browser")
        if binary:
            options.binary_location = binary
        driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
        self.driver = webdriver.Chrome(service=Service(driver_path), options=options)
        self.wait = WebDriverWait(self.driver, 10)
        self.failures = []
        self.passed = 0

    def expect(self, condition, message):
        if condition:
            self.passed += 1
            print(f"  ok   {message}")
        else:
            self.failures.append(message)
            print(f"  FAIL {message}")

    def find(self, css):
        return self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))

    def visible(self, css):
        return self.wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, css)))

    def until(self, predicate, message, timeout=10):
        try:
            WebDriverWait(self.driver, timeout).until(lambda driver: predicate())
            self.expect(True, message)
        except Exception:
            self.expect(False, message)

    def accessibility(self, name):
        """axe-core in the current frame (the panel's page)."""
        serious, others = serious_violations(self.driver)
        self.expect(not serious, f"axe: no serious or critical violations in {name} ({others} minor)")

    def screenshot(self, name, phone=False):
        """The app with the panel, the panel scrolled to its top (axe scrolls it); at 390 px too when `phone`."""
        self.driver.switch_to.default_content()
        frames = self.driver.find_elements(By.CSS_SELECTOR, "iframe.kb-help-frame")
        if frames and frames[0].is_displayed():
            self.driver.switch_to.frame(frames[0])
            self.driver.execute_script("window.scrollTo(0, 0)")
            self.driver.switch_to.default_content()
        self.driver.save_screenshot(os.path.join(self.artifacts, f"embed-{name}.png"))
        if phone:
            size = self.driver.get_window_size()
            self.driver.set_window_size(390, 844)
            time.sleep(0.3)
            self.driver.save_screenshot(os.path.join(self.artifacts, f"embed-{name}-phone.png"))
            self.driver.set_window_size(size["width"], size["height"])

    def into_panel(self):
        self.driver.switch_to.default_content()
        self.driver.switch_to.frame(self.find("iframe.kb-help-frame"))

    def events(self):
        self.driver.switch_to.default_content()
        return [item.text for item in self.driver.find_elements(By.CSS_SELECTOR, "#events li")]


def run(test, app_origin, kb_origin, other_origin):
    driver = test.driver
    print("==> The example app on a second origin")
    driver.get(f"{app_origin}/index.html?kb={kb_origin}")
    button = test.visible(".kb-help-button")
    test.expect(button.get_attribute("aria-expanded") == "false", "help.js added a Help button (collapsed)")

    print("==> A failing step suggests the article for its error id")
    driver.find_element(By.ID, "dob").send_keys("14/03/1990")
    driver.find_element(By.ID, "pin").send_keys("4821")
    driver.find_element(By.CSS_SELECTOR, "#verify-form button").click()
    test.visible("#error-help").click()
    test.visible("#kb-help-panel")
    test.expect(button.get_attribute("aria-expanded") == "true", "the Help button says the panel is open")
    test.into_panel()
    link = test.visible(".panel-error a")
    test.expect("date of birth" in link.text.lower(), f"the panel suggests the date-of-birth article ({link.text!r})")
    url = driver.execute_script("return location.href")
    test.expect("error=dob-incorrect" in url and "route=registration%2Fverify-identity" in url, f"the panel's URL names the error and route ({url})")
    test.expect("1990" not in url and "4821" not in url, "nothing typed is in the panel's URL")
    test.until(lambda: driver.execute_script("return document.activeElement && document.activeElement.id") == "panel-heading",
               "focus moved into the panel (its heading)")
    test.until(lambda: "opened" in test.events(), "the page heard 'opened'")
    test.into_panel()
    test.accessibility("the panel's suggestions")
    test.screenshot("suggestions", phone=True)

    print("==> Opening the suggested article in the panel")
    test.into_panel()
    test.visible(".panel-error a").click()
    title = test.visible("#article-title")
    test.expect("date of birth" in title.text.lower(), f"the article opened in the panel ({title.text!r})")
    test.expect("/embed/panel/articles/date-of-birth-incorrect" in driver.execute_script("return location.pathname"),
                "the article has the panel's own route (countable later)")
    test.accessibility("an article in the panel")
    test.until(lambda: "article date-of-birth-incorrect" in test.events(), "the page heard 'article date-of-birth-incorrect'")
    test.screenshot("article")

    print("==> Searching from the app")
    driver.switch_to.default_content()
    ask = driver.find_element(By.ID, "ask")
    ask.send_keys("forgot my password")
    driver.find_element(By.CSS_SELECTOR, "#ask-form button").click()
    test.into_panel()
    test.until(lambda: "forgot my password" in driver.execute_script(
        "var h = document.getElementById('panel-results-title'); return h ? h.textContent : ''"), "the panel shows the search's results")
    url = driver.execute_script("return location.href")
    test.expect("forgot" not in url and "password" not in url, f"the search text is not in the panel's URL ({url})")
    results = driver.find_elements(By.CSS_SELECTOR, ".result-list a")
    test.expect(any("password" in r.text.lower() for r in results), "a password article is among the results")
    test.accessibility("the panel's search results")
    test.screenshot("search")

    print("==> Back from an article to the panel's search results")
    test.into_panel()
    driver.find_element(By.CSS_SELECTOR, ".result-list a").click()
    test.visible("#article-title")
    driver.back()
    test.into_panel()
    test.until(lambda: "forgot my password" in driver.execute_script(
        "var h = document.getElementById('panel-results-title'); return h ? h.textContent : ''"),
        "going back shows the search's results again, without resending the form")

    print("==> Escape closes the panel and focus returns")
    test.into_panel()
    driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    driver.switch_to.default_content()
    test.until(lambda: not driver.find_element(By.ID, "kb-help-panel").is_displayed(), "Escape in the panel closed it")
    test.until(lambda: driver.execute_script("return document.activeElement.className") == "kb-help-button",
               "focus went back to the Help button")
    test.expect(button.get_attribute("aria-expanded") == "false", "the Help button says the panel is closed")
    test.until(lambda: "closed" in test.events(), "the page heard 'closed'")

    print("==> Escape on the app's side of the panel too")
    button.click()
    test.visible("#kb-help-panel")
    driver.find_element(By.CSS_SELECTOR, ".kb-help-close").send_keys(Keys.ESCAPE)
    test.until(lambda: not driver.find_element(By.ID, "kb-help-panel").is_displayed(), "Escape on the close button closed it")

    print("==> The panel in Spanish")
    driver.execute_script("kbHelp('suggest', {route: 'sign-in', lang: 'es'}); kbHelp('open');")
    test.visible("#kb-help-panel")
    test.into_panel()
    test.until(lambda: driver.execute_script("return document.documentElement.lang") == "es"
               and "Ayuda con este paso" in driver.execute_script("return document.body.innerText"), "the panel speaks Spanish")
    test.expect(bool(driver.find_elements(By.CSS_SELECTOR, ".panel-list a[href^='/es/embed/panel/articles/']")),
                "it suggests Spanish articles for the sign-in route")
    test.accessibility("the Spanish panel")
    test.screenshot("spanish")
    # help.js's own text is the Spanish string catalog's, as the pages' is.
    spanish = catalog("es")
    test.expect(driver.find_element(By.CSS_SELECTOR, ".kb-help-button").text == spanish["embed_button"], "the Help button says Ayuda")
    test.expect(driver.find_element(By.CSS_SELECTOR, ".kb-help-close").text == "\u00d7 " + spanish["embed_close"],
                "the close button is Spanish")
    test.expect(driver.find_element(By.ID, "kb-help-panel").get_attribute("aria-label") == spanish["panel_title"],
                "the panel's name is Spanish")
    test.expect(driver.find_element(By.CSS_SELECTOR, ".kb-help-frame").get_attribute("title") == spanish["panel_title"],
                "the frame's title is Spanish")

    print("==> A page on an origin not configured cannot frame the panel")
    driver.get(f"{other_origin}/frame.html")
    driver.switch_to.frame(test.find("iframe"))
    time.sleep(1)
    heading = driver.find_elements(By.ID, "panel-heading")
    href = driver.execute_script("return location.href")
    test.expect(not heading, f"the browser refused to show the panel there ({href})")
    driver.switch_to.default_content()
    test.screenshot("refused")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True, help="the kbserve binary")
    parser.add_argument("--content", default=os.path.join(ROOT, "Content"))
    parser.add_argument("--artifacts", default=os.path.join(ROOT, "artifacts", "screenshots"))
    args = parser.parse_args()

    app_origin, app_server = serve_directory(os.path.join(ROOT, "examples", "registration-app"))
    other = tempfile.mkdtemp()
    data = tempfile.mkdtemp()
    kb_port = free_port()
    kb_origin = f"http://127.0.0.1:{kb_port}"
    with open(os.path.join(other, "frame.html"), "w") as f:
        f.write(f'<!doctype html><html lang="en"><title>Not configured</title><h1>Another site</h1>'
                f'<iframe title="help" src="{kb_origin}/embed/panel?route=sign-in" width="360" height="600"></iframe></html>')
    other_origin, other_server = serve_directory(other)
    log = open(os.path.join(data, "server.log"), "w")
    server = subprocess.Popen(
        [args.bin, "serve", "--content", args.content, "--host", "127.0.0.1", "--port", str(kb_port),
         "--data", os.path.join(data, "db"), "--embed-origin", app_origin],
        stdout=log, stderr=subprocess.STDOUT)
    test = None
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(f"{kb_origin}/healthz", timeout=1)
                break
            except Exception:
                if server.poll() is not None:
                    raise SystemExit("kbserve exited; see " + log.name)
                time.sleep(0.5)
        print(f"==> kbserve {kb_origin} (--embed-origin {app_origin}); not configured: {other_origin}")
        test = Test(args.artifacts)
        try:
            run(test, app_origin, kb_origin, other_origin)
        except Exception as error:
            test.expect(False, f"unexpected {type(error).__name__}: {error}")
    finally:
        if test:
            test.driver.quit()
        server.terminate()
        server.wait(timeout=15)
        app_server.shutdown()
        other_server.shutdown()
        shutil.rmtree(other, ignore_errors=True)
        if test is None or test.failures:
            print("==> kbserve log (last lines)")
            print("".join(open(log.name).readlines()[-30:]))
        shutil.rmtree(data, ignore_errors=True)
    if test is None:
        sys.exit("embed-test: the browser did not start")
    print(f"\nembed-test: {test.passed} passed, {len(test.failures)} failed; screenshots in {args.artifacts}")
    sys.exit(1 if test.failures else 0)


if __name__ == "__main__":
    main()
