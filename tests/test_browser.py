"""The HTML edition in a real browser (Debian's chromium, driven by Playwright) and
against the W3C Nu checker: valid HTML, no axe-core violations, toggles, popovers and
search that work by keyboard, and screenshots in .artifacts/screenshots/ to look at (not in
build/, which belongs to the build)."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from edition import pipeline

from conftest import EDITION_TEI, ROOT

CHROMIUM = "/usr/bin/chromium"
JS_TOOLS = ROOT / "tests" / "js" / "node_modules"
VNU = JS_TOOLS / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = JS_TOOLS / "axe-core" / "axe.min.js"
SHOTS = ROOT / ".artifacts" / "screenshots"
# flags for a closed network: no background requests, no first-run chores
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
PAGES = ["index.html", "persons.html", "places.html", "organisations.html", "events.html", "bibliography.html",
         "about.html", "search.html", "timeline.html", "encoding.html"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def tab(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    # the site must never ask another host for anything
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.outside_requests = requests
    yield page
    context.close()
    outside = [u for u in requests if not u.startswith(("file://", "http://127.0.0.1", "data:"))]
    assert outside == []


def test_every_page_is_valid_html(site):
    files = [str(site / name) for name in PAGES] + [str(site / "en" / name) for name in PAGES]
    files.append(str(site.parent / "index.html"))  # the list of the sites in the out folder
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
                            capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    assert [(m.get("url", "").rsplit("/", 1)[-1], m.get("lastLine"), m["message"]) for m in messages] == []


@pytest.mark.parametrize("name", PAGES)
def test_no_axe_violations(site, tab, name):
    tab.goto((site / name).as_uri())
    tab.add_script_tag(path=str(AXE))
    result = tab.evaluate("axe.run(document, {resultTypes: ['violations']})")
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []


def test_no_axe_violations_in_the_list_of_sites(site, tab):
    tab.goto((site.parent / "index.html").as_uri())
    tab.add_script_tag(path=str(AXE))
    result = tab.evaluate("axe.run(document, {resultTypes: ['violations']})")
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []
    tab.locator("main li a").first.click()
    assert tab.url.endswith(f"{site.name}/index.html")


def test_no_axe_violations_in_the_diplomatic_view_with_highlights(site, tab):
    tab.goto((site / "index.html").as_uri())
    for control in ("#view-diplomatic", "#show-witness", "#hl-person", "#hl-place", "#hl-org", "#hl-event", "#hl-date"):
        tab.check(control)
    tab.add_script_tag(path=str(AXE))
    result = tab.evaluate("axe.run(document, {resultTypes: ['violations']})")
    assert [v["id"] for v in result["violations"]] == []


def test_views_switch_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto((site / "index.html").as_uri())
    def lb_display():
        return page.evaluate("getComputedStyle(document.querySelector('.text .lb')).display")

    def line_number():
        return page.evaluate("getComputedStyle(document.querySelector('.text .lb'), '::after').content")

    assert lb_display() == "none"
    page.check("#view-diplomatic")
    assert lb_display() != "none" and line_number() == '"1"'  # the first line of the transcript
    rdg = page.locator(".app .rdg").first
    assert not rdg.is_visible()
    page.check("#show-witness")
    assert rdg.is_visible() and not page.locator(".app .lem").first.is_visible()
    # a footnote is an ordinary link to the notes
    page.click("#fnref-fn-1")
    assert page.url.endswith("#fn-1")
    context.close()


def test_a_footnote_opens_as_a_popover_by_keyboard_and_closes_with_escape(site, tab):
    tab.goto((site / "index.html").as_uri())
    tab.focus("#fnref-fn-2")
    tab.keyboard.press("Enter")
    popover = tab.locator(".popover")
    assert popover.is_visible()
    assert "Yerasimos" in popover.inner_text()
    tab.keyboard.press("Escape")
    assert tab.locator(".popover").count() == 0
    assert tab.evaluate("document.activeElement.id") == "fnref-fn-2"


def test_a_name_shows_its_register_entry(site, tab):
    tab.goto((site / "index.html").as_uri())
    tab.locator("a.ent-person[href$='#per-budu-mdivani']").first.click()
    popover = tab.locator(".popover")
    assert "Budu Mdivani" in popover.inner_text() or "Mdivani" in popover.inner_text()
    assert popover.locator("a[href='persons.html#per-budu-mdivani']").count() == 1


def test_hovering_a_lemma_lights_its_apparatus_entry(site, tab):
    tab.goto((site / "index.html").as_uri())
    app = tab.locator(".text .app").first
    app.hover()
    entry_id = "entry-" + app.get_attribute("id")
    assert "is-linked" in tab.locator(f"#{entry_id}").get_attribute("class")


def test_search_finds_a_place_case_insensitively_the_turkish_way(site, tab):
    tab.goto((site / "search.html").as_uri())
    tab.fill("#search-q", "bakü")
    tab.keyboard.press("Enter")
    results = tab.locator("#search-results li a")
    assert results.count() > 3
    # each result carries the query (?q=…) for the page it opens to mark
    hrefs = [results.nth(i).get_attribute("href").replace("?q=bak%C3%BC", "") for i in range(results.count())]
    assert "places.html#pla-baku" in hrefs
    tab.fill("#search-q", "İSTANBUL")
    tab.keyboard.press("Enter")
    assert tab.locator("#search-results li a[href='places.html?q=%C4%B0STANBUL#pla-istanbul']").count() == 1


def test_the_site_works_from_a_static_web_server(site, browser):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        context = browser.new_context()
        page = context.new_page()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        page.goto(base + "search.html?q=Moskova")
        assert page.locator("#search-results li").count() > 3
        page.goto(base + "en/index.html")
        assert page.locator("html").get_attribute("lang") == "en"
        context.close()
    finally:
        server.shutdown()


@pytest.mark.parametrize("width, name", [(1280, "desktop"), (360, "phone")])
def test_screenshots_for_people_to_look_at(site, tab, width, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.set_viewport_size({"width": width, "height": 900})
    tab.goto((site / "index.html").as_uri())
    # nothing wider than the screen on a phone
    assert tab.evaluate("document.documentElement.scrollWidth") <= width + 1
    tab.screenshot(path=str(SHOTS / f"edition-{name}.png"))
    tab.check("#view-diplomatic")
    tab.locator("#p-2-3").scroll_into_view_if_needed()
    tab.screenshot(path=str(SHOTS / f"edition-diplomatic-{name}.png"))
    tab.goto((site / "places.html").as_uri())
    assert tab.evaluate("document.documentElement.scrollWidth") <= width + 1
    tab.screenshot(path=str(SHOTS / f"places-{name}.png"))
    assert (SHOTS / f"places-{name}.png").stat().st_size > 10_000
