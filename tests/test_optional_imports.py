"""Every module of the library and the dashboard imports, and so does every path loaded only when
it is used (issue 14: an environment without ``lxml_html_clean`` failed every ``.html`` import)."""

from __future__ import annotations

import importlib

import pytest
from repo_paths import ROOT

from analysis.ingest.importing import read_files

MODULES = sorted(
    ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
    for package in ("analysis",)
    for p in (ROOT / package).rglob("*.py")
    if p.name != "__main__.py"
)
# Imported inside the functions that need them (HTML import, briefing exports, mojibake repair).
LAZY = ["trafilatura", "lxml.etree", "lxml.html", "lxml_html_clean", "lxml.html.clean", "ftfy", "fpdf", "pptx",
        # sign-in: Streamlit's auth routes load Authlib's Starlette client (which talks to the provider with httpx)
        "authlib.integrations.starlette_client", "httpx"]  # fmt: skip


@pytest.mark.parametrize("module", MODULES + LAZY)
def test_every_module_and_every_optional_path_imports(module):
    importlib.import_module(module)


def test_an_html_page_is_imported():
    # An article page as a news site serves it (boilerplate around the article).
    page = """<html><head><title>روسيا وتركيا في إدلب</title>
    <meta property="og:site_name" content="ترك برس"><meta name="date" content="2020-02-05"></head>
    <body><nav>الرئيسية | أخبار | اتصل بنا</nav><article><h1>روسيا وتركيا في إدلب</h1>
    <p>أعلنت وزارة الخارجية الروسية اليوم أن الرئيس فلاديمير بوتين بحث مع نظيره التركي رجب طيب أردوغان الوضع
    في إدلب، في اتصال هاتفي تناول التصعيد العسكري الأخير في شمال غرب سوريا.</p>
    <p>وقال مسؤولون أتراك إن أنقرة سترسل تعزيزات عسكرية إلى شمال سوريا خلال الأيام المقبلة لحماية نقاط المراقبة.</p>
    </article><footer>جميع الحقوق محفوظة</footer></body></html>"""
    batch = read_files([("idlib.html", page.encode("utf-8"))])
    assert batch.counts()["error"] == 0, batch.report.to_string()
    assert "فلاديمير بوتين" in batch.documents["text"].iloc[0]
    assert batch.documents["published"].iloc[0].isoformat() == "2020-02-05"


def test_the_html_import_dependencies_are_pinned():
    pinned = {line.split("==")[0].lower() for line in (ROOT / "requirements.txt").read_text("utf-8").splitlines()}
    assert {"lxml", "lxml_html_clean", "trafilatura"} <= pinned
