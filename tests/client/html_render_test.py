#!/usr/bin/env python3
"""Renders policyctl's HTML report in headless Chromium and checks it.

  html_render_test.py --generator RENDER_TEST_REPORT [--chromium /usr/bin/chromium]

RENDER_TEST_REPORT writes the HTML of a hand-built report (no server). The page is loaded from
a file:// URL in headless Chromium with a fresh profile; the test checks that
  - the DOM after load holds the three chart kinds as <svg> elements with drawn shapes
    (frame shares, distinctive terms with z-scores, similarity heatmap) and the evidence;
  - the browser logged no console message (the page has no scripts; any message is an error);
  - the page references nothing outside itself (no src/href other than data: URLs);
  - a screenshot was written and is a non-trivial PNG.
A negative control page with a console error must be caught by the same console check, so the
check cannot pass vacuously. Exits 0 when all checks pass, 1 otherwise.
"""
import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-logging=stderr", "--v=0"]
CONSOLE = re.compile(r":CONSOLE[:(]\d*\)?\]\s*(.*)")


def chromium(binary, workdir, name, url, extra):
    """Runs one headless Chromium with a fresh profile; returns (stdout, console messages)."""
    profile = workdir / f"profile-{name}"
    shutil.rmtree(profile, ignore_errors=True)
    cmd = [binary, *FLAGS, f"--user-data-dir={profile}", *extra, url]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise SystemExit(f"FAILED: chromium exited {proc.returncode}: {' '.join(cmd)}\n"
                         f"{proc.stderr[-2000:]}")
    console = [m.group(1) for m in map(CONSOLE.search, proc.stderr.splitlines()) if m]
    return proc.stdout, console


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--generator", required=True)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    if not os.access(args.chromium, os.X_OK):
        print(f"FAILED: {args.chromium} not found; install Debian's chromium (tools/setup.sh)",
              file=sys.stderr)
        return 1
    failures = []
    with tempfile.TemporaryDirectory(prefix="policyctl_html_") as tmp:
        work = pathlib.Path(tmp)
        page = work / "report.html"
        subprocess.run([args.generator, str(page)], check=True)
        html = page.read_text(encoding="utf-8")

        # Negative control: the console check must see a console error.
        control = work / "control.html"
        control.write_text("<!DOCTYPE html><html><head><link rel=icon href='data:,'></head>"
                           "<body><script>console.error('control-error')</script></body></html>")
        _, control_console = chromium(args.chromium, work, "control", control.as_uri(),
                                      ["--dump-dom"])
        if not any("control-error" in m for m in control_console):
            failures.append("the console check did not see the control page's console.error; "
                            "chromium's logging format changed?")

        dom, console = chromium(args.chromium, work, "dom", page.as_uri(), ["--dump-dom"])
        if console:
            failures.append(f"console messages while loading the report: {console}")
        for cls in ("chart frame-shares", "chart terms", "chart similarity"):
            svgs = re.findall(r'<svg class="' + cls + r'"[^>]*>(.*?)</svg>', dom, re.S)
            if not svgs:
                failures.append(f'no <svg class="{cls}"> in the rendered DOM')
            elif not any("<rect" in s for s in svgs):
                failures.append(f'<svg class="{cls}"> has no drawn bars/cells')
        term_charts = dom.count('<svg class="chart terms"')
        if term_charts != 5:  # 2 + 3 subjects in the two sections
            failures.append(f"expected 5 term charts, found {term_charts}")
        if "<mark>grow</mark>" not in dom:
            failures.append("evidence snippets with <mark> are missing from the DOM")
        refs = re.findall(r'(?:src|href)\s*=\s*["\']?([^"\'\s>]+)', html)
        external = [r for r in refs if not r.startswith("data:") and not r.startswith("#")]
        if external or "<script" in html or "@import" in html or "url(" in html:
            failures.append(f"the page references outside resources: {external}")

        shot = work / "report.png"
        chromium(args.chromium, work, "shot", page.as_uri(),
                 [f"--screenshot={shot}", "--window-size=1200,2400", "--hide-scrollbars"])
        data = shot.read_bytes() if shot.exists() else b""
        if not data.startswith(b"\x89PNG\r\n\x1a\n") or len(data) < 10_000:
            failures.append(f"screenshot missing or blank ({len(data)} bytes)")
    if failures:
        for f in failures:
            print("FAILED:", f, file=sys.stderr)
        return 1
    print("html report: charts in the DOM, no console messages, self-contained, screenshot ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
