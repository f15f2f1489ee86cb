"""Screenshots of the drawn parts of the built site, for people to look at: each map of the
places page and the timeline, at desktop (1280 px) and phone (390 px) width, into
.artifacts/screenshots/ (not build/, which holds only what the build made: a build refuses
an out folder with anything else in it). Run after `make` (which builds the site):
`make screenshots`.

Usage: python scripts/screenshots.py [SITE_FOLDER] [-o OUT]
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
WIDTHS = {"desktop": 1280, "phone": 390}
# page, the element to photograph (every match), the name of the picture
SHOTS = [("places.html", "figure.map", "map"), ("timeline.html", "main", "timeline")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sites = sorted(p.parent for p in (ROOT / "build" / "html").glob("*/index.html"))
    parser.add_argument("site", nargs="?", type=Path, default=sites[0] if sites else None)
    parser.add_argument("-o", "--out", type=Path, default=ROOT / ".artifacts" / "screenshots")
    args = parser.parse_args()
    if args.site is None or not (args.site / "index.html").is_file():
        parser.error("no site: run `make` first, or name a site's folder")
    args.out.mkdir(parents=True, exist_ok=True)

    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for label, width in WIDTHS.items():
            tab = browser.new_page(viewport={"width": width, "height": 900})
            for page, selector, name in SHOTS:
                if not (args.site / page).is_file():
                    continue
                tab.goto((args.site / page).as_uri())
                for number, element in enumerate(tab.locator(selector).all(), start=1):
                    target = args.out / f"{name}-{number}-{label}.png"
                    element.screenshot(path=str(target))
                    print(f"wrote {target}")
            tab.close()
        browser.close()


if __name__ == "__main__":
    main()
