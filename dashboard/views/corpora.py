"""Corpora: the article store's corpora; import files or a pasted article; rename, delete, export,
set a missing date.

Every action is one call of :class:`analysis.store.database.Store` (or of the importer behind it); a refusal
(:class:`~analysis.store.database.StoreError`, a bad column mapping) is shown as the sentence it carries.
Actions that change the store end with a rerun so the sidebar's corpus picker sees the change;
what they report is kept in ``st.session_state`` until then (``co_flash_*``, ``co_result``).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.briefing.csv_export import csv_bytes
from analysis.ingest.importing import STATUSES, MappingError
from analysis.store.database import ImportResult, StoreError
from dashboard import access, data
from dashboard.corpus_picker import Corpora, corpora, corpus_labeller, current_ref, request_corpus
from dashboard.i18n import current_lang, t
from dashboard.markup import esc, isolate, ltr, md_text, uploader_css
from dashboard.widgets import show_table

FILE_TYPES = ["txt", "zip", "csv", "json", "jsonl", "html", "htm"]
MAPPED = ("text", "title", "date", "source", "url")
#: Report rows drawn as HTML (problems first); the CSV download holds every row.
REPORT_ROWS = 200
_STATUS_ORDER = {"error": 0, "duplicate": 1, "warning": 2, "imported": 3}


# --- messages that outlive the rerun after an action ----------------------------------------


def flash(section: str, kind: str, text: str) -> None:
    st.session_state[f"co_flash_{section}"] = (kind, text)


def show_flash(section: str) -> None:
    kind, text = st.session_state.pop(f"co_flash_{section}", (None, None))
    if kind == "success":
        st.success(md_text(text), icon=":material/check_circle:")
    elif kind == "error":
        st.error(md_text(text), icon=":material/error:")


# --- the import report ----------------------------------------------------------------------


def problem_html(problem: str, file: str) -> str:
    """A problem sentence (English, from the importer) as HTML, the file name it starts with
    isolated: ``روسيا.txt: no publication date`` keeps the name whole at the left."""
    if file and problem.startswith(file):
        return f"<bdi>{esc(file)}</bdi>{esc(problem[len(file) :])}"
    return esc(problem)


def report_html(report: pd.DataFrame, *, limit: int = REPORT_ROWS) -> str:
    """The report rows as an escaped HTML table, errors, duplicates and warnings first.

    File names, ids and problems are data (a file may be called ``<img onerror=…>.txt``); every
    cell is escaped and isolated with ``<bdi>`` so a Latin file name keeps its order in an Arabic
    line. Each row carries ``data-status`` for the status colour.
    """
    rows = report.assign(_order=report["status"].map(_STATUS_ORDER).fillna(9))
    rows = rows.sort_values("_order", kind="stable").head(limit)
    head = "".join(f"<th>{esc(t(f'col_{c}'))}</th>" for c in ("file", "doc_id", "status", "encoding", "problem"))
    body = []
    for row in rows.itertuples(index=False):
        status = str(row.status)
        label = t(f"status_{status}") if status in STATUSES else status
        cells = (
            f'<td class="file"><bdi>{esc(row.file)}</bdi></td>'
            f'<td class="doc"><bdi>{esc(row.doc_id)}</bdi></td>'
            f'<td class="status"><span class="status-badge">{esc(label)}</span></td>'
            f'<td class="encoding"><bdi>{esc(row.encoding)}</bdi></td>'
            f'<td class="problem" dir="ltr">{problem_html(str(row.problem or ""), str(row.file or ""))}</td>'
        )
        body.append(f'<tr data-status="{esc(status)}">{cells}</tr>')
    return f'<table class="import-report"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def show_report(done: dict) -> None:
    """Counts per status, the report table and its CSV, and a button to open the corpus."""
    report: pd.DataFrame = done["report"]
    with st.container(key="import_report", border=True):
        st.subheader(md_text(t("co_report", corpus=isolate(done["corpus"]))), anchor="import-report")
        if done.get("not_analysed"):
            st.warning(md_text(t("co_not_analysed", n=done["imported"], corpus=isolate(done["corpus"]))
                               + " " + done["not_analysed"]), icon=":material/warning:")  # fmt: skip
        counts = done["counts"]
        for column, status in zip(st.columns(len(STATUSES)), STATUSES):
            column.metric(t(f"status_{status}"), counts.get(status, 0))
        if len(report):
            st.html(report_html(report))
            if len(report) > REPORT_ROWS:
                st.caption(t("co_report_more", n=REPORT_ROWS, total=len(report)))
        with st.container(horizontal=True, gap="small"):
            st.download_button(
                t("co_report_csv"), data=lambda: csv_bytes(report), file_name="import-report.csv", mime="text/csv",
                key="co_report_csv", on_click="ignore", icon=":material/download:",
            )  # fmt: skip
            if done["imported"] and done["corpus"] in corpora().store_names:
                st.button(t("co_open"), key="co_open", icon=":material/visibility:", type="primary",
                          on_click=request_corpus, args=(done["corpus"],))  # fmt: skip
            st.button(
                t("co_report_close"), key="co_report_close", on_click=lambda: st.session_state.pop("co_result", None)
            )


# --- importing ------------------------------------------------------------------------------


class ImportProgress:
    """A progress bar for ``progress(stage, done, total)`` callbacks: reading, storing, analysing."""

    def __init__(self):
        self.bar = st.progress(0.0, text=t("co_stage_read", done=0, total="…"))

    def __call__(self, stage: str, done: int, total: int) -> None:
        share = done / total if total else 1.0
        if stage in ("read", "store"):
            text = t(f"co_stage_{stage}", done=done, total=total)
        else:
            text = t("co_stage_analyse", stage=stage, done=done, total=total)
        self.bar.progress(min(max(share, 0.0), 1.0), text=text)

    def done(self) -> None:
        self.bar.empty()


def import_into(corpus: str, uploads: list[tuple[str, bytes]], *, mapping: dict, max_mb: float) -> ImportResult:
    """Import ``uploads`` (``(file name, bytes)``) into ``corpus`` and analyse it, with a progress bar.

    Raises :class:`StoreError` or :class:`MappingError` when the store or the mapping refuses.
    The analysis is done here (not on the first page view) so its progress shows; its tables
    land in the store's snapshot, which the pages then read.
    """
    store = data.store()
    progress = ImportProgress()
    try:
        result = store.import_files(corpus, uploads, mapping=mapping or None, max_bytes=int(max_mb * 1e6),
                                    progress=progress)  # fmt: skip
        if result.imported:
            try:
                store.tables(result.corpus, progress=progress, gazetteer=data.gazetteer_info().gazetteer)
            except StoreError as error:  # a full disk: the articles are in, only their analysis is not
                st.session_state["co_not_analysed"] = str(error)
    finally:
        progress.done()
    return result


def remember(result: ImportResult) -> None:
    st.session_state["co_result"] = {
        "corpus": result.corpus,
        "report": result.report,
        "counts": result.counts(),
        "imported": result.imported,
        "not_analysed": st.session_state.pop("co_not_analysed", ""),
    }
    data.forget_analyses()


def import_section(available: Corpora, current: str | None) -> None:
    st.subheader(t("co_import"), anchor="import")
    if not access.current().may("import"):
        st.caption(access.refusal("import", tried=False))
        return
    generation = st.session_state.setdefault("co_upload_generation", 0)
    if current_lang() == "ar":
        types = " ".join(f".{x}" for x in FILE_TYPES)
        limit = t("arabic_upload_limit", mb=st.get_option("server.maxUploadSize"))
        st.html(uploader_css(t("arabic_upload_button"), f"{limit} · \u2066{types}\u2069"))
    uploads = st.file_uploader(t("co_files"), type=FILE_TYPES, accept_multiple_files=True, key=f"co_files_{generation}")
    names = available.store_names
    mode = st.radio(
        t("co_target"), ["new", "existing"], key="co_target", horizontal=True,
        format_func=lambda m: t(f"co_target_{m}"),
    )  # fmt: skip
    if mode == "new":
        target = st.text_input(t("co_new_name"), key="co_new_name", max_chars=100)
    else:
        index = names.index(current) if current in names else 0
        target = st.selectbox(t("co_existing"), names, index=index, key="co_existing", placeholder=t("choose"))
    with st.expander(t("co_mapping")):
        st.caption(t("co_mapping_help"))
        columns = st.columns(len(MAPPED))
        mapping = {field: columns[i].text_input(t(f"co_map_{field}"), key=f"co_map_{field}").strip()
                   for i, field in enumerate(MAPPED)}  # fmt: skip
    max_mb = st.number_input(t("co_max_mb"), min_value=0.1, max_value=200.0, value=20.0, step=1.0, key="co_max_mb")
    if st.button(t("co_run_import"), key="co_run_import", type="primary", icon=":material/upload:"):
        target = " ".join(str(target or "").split())
        if not uploads:
            st.warning(t("co_no_files"), icon=":material/info:")
        elif not target:
            st.warning(t("co_no_name"), icon=":material/info:")
        elif mode == "new" and target in names:
            st.error(md_text(t("co_name_taken", name=isolate(target))), icon=":material/error:")
        elif not access.allow("import", target):
            st.error(access.refusal("import"), icon=":material/block:")
        else:
            try:
                result = import_into(target, [(f.name, f.getvalue()) for f in uploads],
                                     mapping={k: v for k, v in mapping.items() if v}, max_mb=float(max_mb))  # fmt: skip
            except (StoreError, MappingError) as error:
                access.record("import", target, str(error), outcome="failed")
                st.error(md_text(error), icon=":material/error:")
            else:
                access.record("import", result.corpus, _import_detail(result, uploads))
                if mode == "new" and not result.imported:  # nothing came in: no empty corpus left behind
                    data.store().delete(result.corpus, confirm=result.corpus)
                remember(result)
                st.session_state["co_upload_generation"] = generation + 1  # an empty uploader
                st.rerun()


# --- a pasted article -------------------------------------------------------------------------


def add_pasted() -> None:
    """Form callback: the pasted article into the named corpus (created when new)."""
    values = {
        k: st.session_state.get(f"co_paste_{k}") or "" for k in ("text", "title", "date", "source", "url", "into")
    }
    corpus = " ".join(values["into"].split())
    if not corpus:
        flash("paste", "error", t("co_no_name"))
        return
    if not access.allow("import", corpus):
        flash("paste", "error", access.refusal("import"))
        return
    try:
        result = data.store().add_article(corpus, values["text"], title=values["title"] or None,
                                           date=values["date"] or None, source=values["source"] or None,
                                           url=values["url"] or None)  # fmt: skip
    except StoreError as error:
        flash("paste", "error", str(error))
        return
    access.record("import", result.corpus, f"pasted article: {result.imported} imported")
    remember(result)
    if result.imported:
        st.session_state["co_paste_text"] = ""


def paste_section(current: str | None) -> None:
    st.subheader(t("co_paste"), anchor="paste")
    if not access.current().may("import"):
        st.caption(access.refusal("import", tried=False))
        return
    show_flash("paste")
    if current and "co_paste_into" not in st.session_state:
        st.session_state["co_paste_into"] = current
    with st.form("co_paste_form", border=True):
        st.text_area(t("co_paste_text"), key="co_paste_text", height=180)
        left, right = st.columns(2)
        left.text_input(t("co_paste_title"), key="co_paste_title")
        right.text_input(t("co_paste_date"), key="co_paste_date", placeholder="2020-03-05")
        left.text_input(t("co_paste_source"), key="co_paste_source")
        right.text_input(t("co_paste_url"), key="co_paste_url")
        st.text_input(t("co_paste_into"), key="co_paste_into", max_chars=100)
        st.form_submit_button(t("co_paste_add"), on_click=add_pasted, icon=":material/post_add:")


# --- rename, delete, export, dates ------------------------------------------------------------


def rename_corpus() -> None:
    """Form callback (as are the two below): reads the corpus from the picker, not from the
    arguments of the last run, which may predate a change of the picker."""
    old = st.session_state.get("co_manage") or ""
    new = st.session_state.get("co_rename_to") or ""
    if not access.allow("rename", old):
        flash("manage", "error", access.refusal("rename"))
        return
    try:
        new = data.store().rename(old, new)
    except StoreError as error:
        flash("manage", "error", str(error))
        return
    if st.session_state.get("corpus") == old:
        request_corpus(new)
    st.session_state["co_manage"] = new
    st.session_state["co_rename_to"] = ""
    access.record("rename", old, f"renamed to {new}")
    data.forget_analyses()
    flash("manage", "success", t("co_renamed", old=old, new=new))


def delete_corpus() -> None:
    name = st.session_state.get("co_manage") or ""
    if not access.allow("delete", name):
        flash("manage", "error", access.refusal("delete"))
        return
    try:
        count = data.store().delete(name, confirm=st.session_state.get("co_delete_confirm") or "")
    except StoreError as error:
        flash("manage", "error", str(error))
        return
    st.session_state.pop("co_manage", None)
    st.session_state["co_delete_confirm"] = ""
    access.record("delete", name, f"articles deleted: {count}")
    data.forget_analyses()
    flash("manage", "success", t("co_deleted", name=isolate(name), n=count))


def set_date() -> None:
    name = st.session_state.get("co_manage") or ""
    doc_id = st.session_state.get("co_date_doc")
    value = (st.session_state.get("co_date_value") or "").strip()
    if not access.allow("set_date", name):
        flash("manage", "error", access.refusal("set_date"))
        return
    try:
        date = data.store().set_date(name, doc_id, value)
    except StoreError as error:
        flash("manage", "error", str(error))
        return
    st.session_state["co_date_value"] = ""
    access.record("set_date", name, f"{doc_id}: {date.isoformat() if date else 'no date'}")
    data.forget_analyses()
    flash("manage", "success", t("co_date_set", doc=doc_id, date=date.isoformat() if date else "—"))


def manage_section(available: Corpora, current: str | None) -> None:
    st.subheader(t("co_manage"), anchor="manage")
    show_flash("manage")
    names = available.store_names
    if st.session_state.get("co_manage") not in names:
        st.session_state["co_manage"] = current if current in names else names[0]
    name = st.selectbox(t("co_manage_which"), names, key="co_manage",
                        format_func=corpus_labeller(available), placeholder=t("choose"),
                    )  # fmt: skip
    row = available.listing[available.listing["name"] == name].iloc[0]
    st.caption(md_text(t("co_manage_line", articles=row["articles"], dated=row["dated"], first=row["first"] or "—",
                         last=row["last"] or "—", created=row["created"])))  # fmt: skip

    export, rename, delete = st.columns(3, gap="large")
    with export:
        st.download_button(
            t("co_export"), data=lambda: data.store().export_jsonl(name), file_name=f"{_file_stem(name)}.jsonl",
            mime="application/jsonl", key="co_export", on_click="ignore", icon=":material/download:",
        )  # fmt: skip
    who = access.current()
    if who.may("rename"):
        with rename, st.form("co_rename_form", border=False):
            st.text_input(t("co_rename_to"), key="co_rename_to", max_chars=100)
            st.form_submit_button(t("co_rename"), on_click=rename_corpus, icon=":material/edit:")
        with delete, st.form("co_delete_form", border=False):
            st.text_input(t("co_delete_confirm"), key="co_delete_confirm", placeholder=name)
            st.form_submit_button(t("co_delete"), on_click=delete_corpus, icon=":material/delete:",
                                  type="primary")  # fmt: skip
    else:
        rename.caption(access.refusal("rename", tried=False))

    st.markdown(f"**{t('co_undated')}**")
    undated = data.undated_articles(available.ref(name).location, name, available.revisions.get(name, ""))
    if not len(undated):
        st.caption(t("co_no_undated"))
        return
    location = data.build_locations(data.data_dir(), data.store_stamp(data.data_dir())).get(name)
    if location is not None:  # a build analysed elsewhere: dated by building it again, not here
        st.caption(md_text(t("co_build_readonly", location=ltr(location))))
        return
    if not who.may("set_date"):
        st.caption(access.refusal("set_date", tried=False))
        return
    titles = dict(zip(undated["doc_id"], undated["title"]))
    with st.form("co_date_form", border=False):
        left, right = st.columns([3, 1])
        left.selectbox(t("co_date_article"), list(titles), key="co_date_doc",
                       format_func=lambda d: f"{titles.get(d) or t('untitled')} · {d}", placeholder=t("choose"),
                   )  # fmt: skip
        right.text_input(t("co_date_value"), key="co_date_value", placeholder="2015-07-21")
        st.form_submit_button(t("co_set_date"), on_click=set_date, icon=":material/event:")


def _import_detail(result: ImportResult, uploads) -> str:
    names = ", ".join(f.name for f in uploads[:5]) + (f" (+{len(uploads) - 5})" if len(uploads) > 5 else "")
    return f"{result.imported} imported from {names}"


def audit_section() -> None:
    """The audit log, for administrators."""
    if not access.current().may("read_audit"):
        return
    st.subheader(t("ac_audit"), anchor="audit")
    st.caption(t("ac_audit_help"))
    log = access.audit_log().listing()
    if not len(log):
        st.caption(t("ac_audit_empty"))
        return
    show_table(log.assign(at=log["at"].astype(str)), "audit", key="co_audit", height=300)


def _file_stem(name: str) -> str:
    """A corpus name as a download file name (Arabic kept; path separators and controls dropped)."""
    stem = "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip(" .")
    return stem or "corpus"


def main() -> None:
    st.title(t("page_corpora"), anchor="corpora")
    st.caption(t("co_why"))
    available = corpora()
    if available.error:
        st.error(md_text(t("co_store_busy") + " " + available.error), icon=available.error_icon)
        return
    ref = current_ref()
    current = ref.name if ref is not None and ref.kind == "store" else None

    st.subheader(t("co_list"), anchor="corpora-list")
    st.caption(md_text(t("co_store", path=ltr(data.data_dir()))))
    if available.path:
        st.caption(md_text(t("co_path_note", path=ltr(available.path))))
    listing = available.listing.assign(
        **{c: ["" if pd.isna(v) else str(v) for v in available.listing[c]] for c in ("first", "last")}
    )
    show_table(listing, "corpora", key="co_list", height="auto")

    done = st.session_state.get("co_result")
    if done:
        show_report(done)
    import_section(available, current)
    paste_section(current)
    manage_section(available, current)
    audit_section()


main()
