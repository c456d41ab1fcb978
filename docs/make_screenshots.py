"""Regenerate the README's pictures from the shipped example report.

    python docs/make_screenshots.py

docs/terminal.svg: the terminal audit as rich records it (width 100).
docs/html.png: the HTML audit in headless Chromium (Debian's chromium and chromium-driver).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from rich.console import Console

from auditor import audit_text
from auditor.cli import example_path
from reports import RENDERERS

HERE = Path(__file__).resolve().parent


def main() -> None:
    text = Path(example_path()).read_text(encoding="utf-8")
    result = audit_text(text, source="example_report.txt")
    console = Console(record=True, width=100, force_terminal=True, color_system="truecolor", file=open("/dev/null", "w"))
    RENDERERS["terminal"](result, text, console=console)
    console.save_svg(str(HERE / "terminal.svg"), title="audit --demo")

    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "audit.html"
        page.write_text(RENDERERS["html"](result, text), encoding="utf-8")
        opts = Options()
        opts.binary_location = shutil.which("chromium")
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--no-first-run", f"--user-data-dir={tmp}/profile", "--window-size=1400,1100"):
            opts.add_argument(flag)
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=opts)
        try:
            driver.get(page.as_uri())
            driver.save_screenshot(str(HERE / "html.png"))
        finally:
            driver.quit()


if __name__ == "__main__":
    main()
