"""The reader's interface in a real browser (issue 13, search and phone and keyboard):
search that folds apostrophes and quotation marks, finds the editors' commentary and the
apparatus, counts its hits and shows them in context, and marks the hit on the page it
opens; no page wider than a phone; popovers that close when focus leaves them; a view
that lives in the address and survives a trip to the registers and back. Screenshots go
to .artifacts/screenshots/ for people to look at."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, unquote, urlsplit

import pytest

from test_browser import AXE, PAGES, SHOTS, browser, tab  # noqa: F401 (fixtures)

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


def fold(s: str) -> str:
    """The search's folding, for the test's own comparisons."""
    s = s.translate(APOSTROPHES).replace("I", "ı").replace("İ", "i").lower()
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return " ".join(s.replace("ı", "i").split())


def search(tab, site, query: str, lang: str = "") -> list[str]:
    tab.goto((site / lang / "search.html").as_uri())
    tab.fill("#search-q", query)
    tab.keyboard.press("Enter")
    links = tab.locator("#search-results > li a")
    return [links.nth(i).get_attribute("href") for i in range(links.count())]


def without_query(href: str) -> str:
    """'index.html?q=…#p-2-5' → 'index.html#p-2-5'"""
    return re.sub(r"\?[^#]*", "", href)


def controls(tab) -> dict[str, bool]:
    return tab.evaluate("Object.fromEntries([...document.querySelectorAll('form.controls input')].map(i => [i.id, i.checked]))")


# ----- search -----------------------------------------------------------------------

@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_straight_apostrophe_finds_what_a_curly_one_finds(site, tab, viewport):
    tab.set_viewport_size(viewport)
    straight = search(tab, site, "Çiçerin'in")
    straight_count = tab.inner_text("#search-count")
    curly = search(tab, site, "Çiçerin’in")
    assert len(straight) > 0
    assert [without_query(h) for h in straight] == [without_query(h) for h in curly]
    assert straight_count == tab.inner_text("#search-count")
    # and the quotation marks: "Hasta Adam" finds “Hasta Adam”
    quoted = [without_query(h) for h in search(tab, site, '"Hasta Adam"')]
    assert quoted == [without_query(h) for h in search(tab, site, "“Hasta Adam”")] != []
    assert tab.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


@pytest.mark.parametrize("lang, query, places, hits", [("", "Çiçerin'in", "yerde", "eşleşme"),
                                                       ("en", "Çiçerin'in", "places", "matches")])
def test_the_hits_are_counted_and_shown_in_their_context(site, tab, lang, query, places, hits):
    hrefs = search(tab, site, query, lang)
    count = tab.inner_text("#search-count")
    numbers = [int(n) for n in re.findall(r"\d+", count)]
    assert places in count and hits in count
    assert len(hrefs) in numbers  # the number of places
    marks = tab.locator("#search-results mark")
    assert marks.count() >= len(hrefs) and max(numbers) >= marks.count()
    for i in range(marks.count()):
        assert fold(marks.nth(i).inner_text()) == fold(query)
    # keyword in context: words on either side of the hit, in the language of the text
    kwic = tab.locator("#search-results .kwic").first
    before, after = kwic.evaluate("p => [p.querySelector('mark').previousSibling.textContent, p.querySelector('mark').nextSibling.textContent]")
    assert len(before.split()) >= 3 and len(after.split()) >= 3
    assert kwic.get_attribute("lang") == "tr"
    # every link carries the query, so that the page it opens can mark it
    assert all(unquote(urlsplit(h).query) == "q=" + query for h in hrefs)
    search(tab, site, "qqqxqqq", lang)
    assert tab.locator("#search-results > li").count() == 0 and tab.inner_text("#search-count")


@pytest.mark.parametrize("lang, query, kind", [
    ("", "Avrupa’nın hasta adamı", r"#c-\d+$"),                                # commentary, Turkish
    ("en", "the sick man of Europe", r"#c-\d+$"),                              # the same note, English
    ("", "cümleyi bitiren fiil", r"#entry-app-[\w-]+$"),                      # an apparatus note
    ("en", "the verb that ends the sentence", r"#entry-app-[\w-]+$"),
    ("", "Vandov 1979", r"#entry-app-[\w-]+$"),                                # a transcript reading (rdg)
    ("en", "İstanbul2010", r"#entry-app-[\w-]+$"),
])
def test_the_commentary_and_the_apparatus_are_found(site, tab, lang, query, kind):
    hrefs = search(tab, site, query, lang)
    assert any(re.search(kind, h) for h in hrefs), hrefs
    # labelled with where it is: C and a number, or a paragraph and a letter
    labels = tab.locator("#search-results > li a")
    found = [labels.nth(i).inner_text() for i in range(labels.count()) if re.search(kind, hrefs[i])]
    assert all(re.match(r"(C\d+|§\d+ [a-z]+)\b", label) for label in found), found
    # a commentary note is found in the interface's language only
    if "c-" in kind:
        other = {"": "en", "en": ""}[lang]
        assert not any(re.search(kind, h) for h in search(tab, site, query, other))


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_page_a_hit_opens_marks_the_hit(site, tab, viewport):
    tab.set_viewport_size(viewport)
    for query, pick in (("Çiçerin'in", "index.html"), ("Vandov 1979", "#entry-app-"), ("Mdivani", "persons.html")):
        hrefs = search(tab, site, query)
        href = next(h for h in hrefs if pick in h)
        tab.locator(f"#search-results a[href=\"{href}\"]").click()
        tab.wait_for_load_state("load")
        target = unquote(urlsplit(tab.url).fragment)
        marks = tab.locator(f"[id='{target}'] mark.search-hit")
        assert marks.count() > 0, (query, tab.url)
        pieces = "".join(marks.all_inner_texts())  # a hit cut by a line end or a name is marked piece by piece
        assert fold(pieces).startswith(fold(query)), pieces
        box = marks.first.bounding_box()
        assert 0 <= box["y"] <= viewport["height"] - box["height"], "the first hit is in view"
    if viewport is DESKTOP:
        tab.screenshot(path=str(SHOTS / "search-hit-desktop.png"))


def test_a_hit_address_without_javascript_is_an_ordinary_link(site, browser):
    context = browser.new_context(java_script_enabled=False, viewport=DESKTOP)
    page = context.new_page()
    page.goto((site / "index.html").as_uri() + "?q=" + quote("Çiçerin'in") + "#p-2-5")
    assert page.evaluate("document.querySelector(':target').id") == "p-2-5"
    assert page.locator("mark").count() == 0
    context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_screenshots_of_search_about_and_events(site, tab, viewport):
    SHOTS.mkdir(parents=True, exist_ok=True)
    name = "desktop" if viewport is DESKTOP else "phone"
    tab.set_viewport_size(viewport)
    search(tab, site, "Çiçerin'in")
    tab.screenshot(path=str(SHOTS / f"search-{name}.png"), full_page=True)
    for page in ("about", "events"):
        tab.goto((site / f"{page}.html").as_uri())
        tab.screenshot(path=str(SHOTS / f"{page}-{name}.png"))
        assert (SHOTS / f"{page}-{name}.png").stat().st_size > 10_000


@pytest.mark.parametrize("name", ["search.html?q=%C3%87i%C3%A7erin'in", "en/search.html?q=Vandov",
                                  "index.html?q=%C3%87i%C3%A7erin'in#p-2-5", "persons.html?q=Mdivani#per-budu-mdivani"])
def test_results_and_marked_hits_have_no_axe_violations(site, tab, name):
    path, _, rest = name.partition("?")
    tab.goto((site / path).as_uri() + "?" + rest)
    assert tab.locator("mark").count() > 0
    tab.add_script_tag(path=str(AXE))
    result = tab.evaluate("axe.run(document, {resultTypes: ['violations']})")
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []


# ----- phone: nothing wider than the screen ---------------------------------------

@pytest.mark.parametrize("name", PAGES + [f"en/{p}" for p in PAGES]
                         + ["index.html?view=diplomatic&witness=1&hl=person,place,org,event,date",
                            "search.html?q=wikipedia", "en/search.html?q=wiki"])
def test_no_page_scrolls_sideways_on_a_phone(site, tab, name):
    tab.set_viewport_size(PHONE)
    path, _, query = name.partition("?")
    tab.goto((site / path).as_uri() + ("?" + query if query else ""))
    wide = tab.evaluate("""() => { const cw = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')].filter(el => el.getBoundingClientRect().right > cw + 1)
               .slice(0, 3).map(el => el.tagName + '.' + el.className + ': ' + el.textContent.slice(0, 60)); }""")
    assert tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, wide


# ----- keyboard: popovers -------------------------------------------------------------

@pytest.mark.parametrize("opener", ["#fnref-fn-2", "a.ent-person[href$='#per-budu-mdivani']"])
def test_tabbing_out_of_a_popover_closes_it(site, tab, opener):
    tab.goto((site / "index.html").as_uri())
    trigger = tab.locator(opener).first
    trigger.focus()
    tab.keyboard.press("Enter")
    popover = tab.locator(".popover")
    assert popover.count() == 1
    links = popover.locator("a[href], button").count()
    for _ in range(links):
        tab.keyboard.press("Tab")
        assert tab.evaluate("document.querySelector('.popover').contains(document.activeElement)")
    tab.keyboard.press("Tab")  # past the last link
    tab.wait_for_function("!document.querySelector('.popover')")
    # focus goes on from the trigger to what follows it in the text
    after = tab.evaluate("""t => { const all = [...document.querySelectorAll('a[href], button, input, summary')];
                                   return all.indexOf(document.activeElement) - all.indexOf(t); }""", trigger.element_handle())
    assert after >= 1
    # Shift+Tab from the first control goes back to the trigger, and Escape still closes
    trigger.focus()
    tab.keyboard.press("Enter")
    tab.keyboard.press("Tab")
    tab.keyboard.press("Shift+Tab")
    tab.wait_for_function("!document.querySelector('.popover')")
    assert tab.evaluate("t => document.activeElement === t", trigger.element_handle())
    tab.keyboard.press("Enter")
    tab.keyboard.press("Escape")
    assert tab.locator(".popover").count() == 0
    assert tab.evaluate("t => document.activeElement === t", trigger.element_handle())


def test_a_click_elsewhere_closes_a_popover(site, tab):
    tab.goto((site / "index.html").as_uri())
    tab.locator("#fnref-fn-2").click()
    assert tab.locator(".popover").count() == 1
    tab.locator("h1").click()
    tab.wait_for_function("!document.querySelector('.popover')")


# ----- the view in the address ------------------------------------------------------

def test_a_view_set_in_the_address_is_applied(site, tab):
    tab.goto((site / "index.html").as_uri() + "?view=diplomatic&witness=1&hl=person,date")
    state = controls(tab)
    assert state["view-diplomatic"] and state["show-witness"] and state["hl-person"] and state["hl-date"]
    assert not state["view-reading"] and not state["hl-place"]
    assert tab.evaluate("getComputedStyle(document.querySelector('.text .lb')).display") != "none"
    assert tab.evaluate("getComputedStyle(document.querySelector('.ent-person')).backgroundColor") != "rgba(0, 0, 0, 0)"
    # changing a control changes the address (without a new history entry)
    length = tab.evaluate("history.length")
    tab.check("#hl-place")
    tab.check("#view-reading")
    assert tab.evaluate("location.search") == "?witness=1&hl=person,place,date"
    assert tab.evaluate("history.length") == length
    # and a shared link restores it in a new tab
    fresh = tab.context.new_page()
    fresh.goto(tab.evaluate("location.href"))
    assert controls(fresh) == controls(tab)
    fresh.close()


@pytest.mark.parametrize("lang", ["", "en/"])
def test_the_view_survives_a_trip_to_a_register_and_back(site, tab, lang):
    tab.goto((site / lang / "index.html").as_uri())
    tab.check("#view-diplomatic")
    tab.check("#hl-person")
    tab.check("#hl-date")
    chosen = controls(tab)
    # by the menu there and back
    tab.locator(".site-nav a[href^='persons.html']").click()
    tab.wait_for_load_state("load")
    assert urlsplit(tab.url).path.endswith("persons.html")
    tab.locator(".site-nav a[href^='index.html']").click()
    tab.wait_for_load_state("load")
    assert controls(tab) == chosen
    # by a name's popover to its entry, and back by one of its occurrences
    tab.locator("a.ent-person[href*='#per-budu-mdivani']").first.click()
    tab.locator(".popover a[href*='persons.html']").click()
    tab.wait_for_load_state("load")
    assert urlsplit(tab.url).fragment == "per-budu-mdivani"
    tab.locator("#per-budu-mdivani a[href*='index.html'][href*='#occ-']").first.click()
    tab.wait_for_load_state("load")
    assert controls(tab) == chosen
    # and by the browser's Back button
    tab.locator(".site-nav a[href^='places.html']").click()
    tab.wait_for_load_state("load")
    tab.go_back()
    tab.wait_for_load_state("load")
    assert controls(tab) == chosen
    # the other language's pages keep it too
    switch = tab.locator(".lang-switch a").first.get_attribute("href")
    assert "view=diplomatic" in switch and "hl=person,date" in switch
    # and this tab remembers it where an address has none (sessionStorage)
    tab.goto((site / lang / "persons.html").as_uri())
    tab.locator(".site-nav a[href^='index.html']").click()
    tab.wait_for_load_state("load")
    assert controls(tab) == chosen
    # the default view needs no parameters
    tab.check("#view-reading")
    for box in ("#hl-person", "#hl-date"):
        tab.uncheck(box)
    assert tab.evaluate("location.search") == ""
    assert tab.locator(".site-nav a[href='persons.html']").count() == 1


def test_a_citation_never_names_the_address_the_page_was_opened_from(site, tab):
    tab.goto((site / "index.html").as_uri() + "?view=diplomatic&q=Bak%C3%BC#p-2-5")
    citations = tab.locator(".cite-p .citation").evaluate_all("ps => ps.map(p => p.textContent)")
    assert citations and not any("file:" in c or "view=" in c or "q=" in c for c in citations)
