"""Screenshot of the seed article's HTML view (``docs/img/seed-view.png``), taken in headless Chromium.

Uses Debian's ``chromium`` (``apt-get install chromium``) through Playwright for Python; it never downloads
a browser. The pointer rests on the first *disputes* badge, so the picture shows its evidence.

    .venv/bin/python benchmarks/screenshot.py [--out docs/img/seed-view.png] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import claimex
from claimex.viz import render_html

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "samples" / "strikes.txt"
#: Flags for a quiet, offline headless Chromium (the same as tests/test_browser.py).
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "img" / "seed-view.png"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--width", type=int, default=960)
    parser.add_argument("--height", type=int, default=1250)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    result = claimex.extract(SAMPLE.read_text(encoding="utf-8"), doc_id="data/samples/strikes.txt")
    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / "seed.html"
        page_file.write_text(render_html(result, page=True), encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            page.goto(page_file.as_uri())
            page.locator(".cx-text .cx-link.cx-disputes").first.hover()
            Path(args.out).parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=args.out)
            browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
