"""The HTML export: self-contained, escaped, and checked in a real headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from auditor import audit_text
from auditor.cli import example_path, main
from reports.html import render

EXAMPLE = Path(example_path()).read_text(encoding="utf-8")
HOSTILE = ("县里报告<script>alert('x')</script>：建档立卡贫困户1200户，累计脱贫1150户，剩余贫困户60户。"
           "<img src=x onerror=alert(1)> 其中<b>贫困户</b>30户 & “1+X”")


def test_html_is_self_contained():
    html = render(audit_text(EXAMPLE, source="example_report.txt"), EXAMPLE)
    assert "<script" not in html.lower()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html), "no external assets"
    assert "<style>" in html and "@media print" in html


def test_report_html_is_escaped():
    result = audit_text(HOSTILE, source="<b>hostile</b>.txt")
    html = render(result, HOSTILE)
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(" in html
    assert "<b>hostile</b>" not in html and "&lt;b&gt;hostile&lt;/b&gt;" in html
    assert "&amp;" in html


def test_every_claim_is_marked_in_order():
    result = audit_text(EXAMPLE)
    html = render(result, EXAMPLE)
    ids = re.findall(r'<a class="claim [a-z]+" id="(c\d+)"', html)
    assert ids == [c.id for c in sorted(result.claims, key=lambda c: c.start)]


def test_finding_links_point_at_claims():
    result = audit_text(EXAMPLE)
    html = render(result, EXAMPLE)
    sections = re.findall(r'<section class="finding (\w+)" id="f(\d+)">', html)
    assert len(sections) == len(result.findings)
    for f in result.findings:
        for cid in f.claims:
            assert f'href="#{cid}"' in html


def test_cli_writes_html(tmp_path):
    out = tmp_path / "audit.html"
    code = main(["--demo", "--html", str(out), "--format", "json"])
    assert code in (0, 1)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --- a real browser -------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROMEDRIVER = shutil.which("chromedriver")


def _driver(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("no headless Chromium here: install Debian's chromium and chromium-driver (.ci/run does)")
    opts = Options()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1000"):
        opts.add_argument(flag)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)


@pytest.fixture
def browser(tmp_path):
    driver = _driver(tmp_path)
    yield driver
    driver.quit()


def test_html_in_headless_chromium(browser, tmp_path):
    from selenium.webdriver.common.by import By

    result = audit_text(EXAMPLE, source="example_report.txt")
    page = tmp_path / "audit.html"
    page.write_text(render(result, EXAMPLE), encoding="utf-8")
    browser.get(page.as_uri())
    counts = result.counts()
    summary = browser.find_element(By.ID, "summary").text
    assert f"{len(result.claims)} claims" in summary
    assert f"{counts['fail']} failed" in summary
    marked = browser.find_elements(By.CSS_SELECTOR, "#text a.claim")
    assert len(marked) == len(result.claims)
    failing_ids = {cid for f in result.findings if f.status == "fail" for cid in f.claims}
    assert {e.get_attribute("id") for e in browser.find_elements(By.CSS_SELECTOR, "a.claim.fail")} == failing_ids
    assert len(browser.find_elements(By.CSS_SELECTOR, "#findings section.finding")) == len(result.findings)
    if result.findings:
        # a figure link in the side list jumps to the figure in the text
        link = browser.find_element(By.CSS_SELECTOR, "#findings section.finding .figs a")
        target = link.get_attribute("href").split("#")[1]
        link.click()
        assert browser.execute_script("return location.hash") == f"#{target}"
    colour = browser.find_elements(By.CSS_SELECTOR, "a.claim.fail")
    if colour:
        assert colour[0].value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"
    shot = tmp_path / "audit.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000


def test_hostile_report_in_chromium_runs_no_script(browser, tmp_path):
    from selenium.webdriver.common.by import By

    page = tmp_path / "hostile.html"
    page.write_text(render(audit_text(HOSTILE), HOSTILE), encoding="utf-8")
    browser.get(page.as_uri())
    assert "<script>alert('x')</script>" in browser.find_element(By.ID, "text").text
    assert browser.execute_script("return document.scripts.length") == 0
