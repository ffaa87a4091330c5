"""Screenshots of home, a strategy page, a country dashboard and the V4 comparison (and the
Czech edition's home, when built) at desktop and phone width, into screenshots/ (gitignored).

    .venv/bin/s4s build && .venv/bin/python tests/browser/screenshots.py [--site site] [--out screenshots]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitehttp import launch, serve  # noqa: E402
from test_browser import pages  # noqa: E402

WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path("site"))
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"no built site in {args.site}: run `s4s build` first", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with serve(args.site.resolve()) as url, sync_playwright() as p:
        browser = launch(p)
        for device, (w, hgt) in WIDTHS.items():
            context = browser.new_context(viewport={"width": w, "height": hgt}, locale="en-US",
                                          is_mobile=device == "phone", device_scale_factor=1)
            page = context.new_page()
            shots = dict(pages(args.site))
            if (args.site / "cs" / "index.html").is_file():  # a language edition's home
                shots["edition-cs"] = "cs/"
            for name, path in shots.items():
                page.goto(url + path, wait_until="networkidle")
                page.wait_for_timeout(300)  # plotly's first layout pass
                target = args.out / f"{name}-{device}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target)
            context.close()
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
