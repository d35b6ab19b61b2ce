"""Make the README's screenshots: the main window on the demo project, and
(with ``--findings``) its framework matrix with one cell open; with
``--chinese``, the window in Simplified Chinese on a Chinese testimony.

``python -m qcode.gui.screenshot [--findings | --chinese] OUT.png`` draws
offscreen (or on the display in ``$DISPLAY``, e.g. under ``xvfb-run``).
Chinese text needs a CJK font such as Debian's fonts-noto-cjk.
``$QCODE_LANGUAGE`` picks the interface's language for any of them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def main(out: str, findings: bool = False, chinese: bool = False) -> int:
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from qcode.demo import build_demo
    from qcode.gui.i18n import chosen_language, install_translators
    from qcode.gui.main_window import MainWindow
    from qcode.settings import Settings

    app = QApplication.instance() or QApplication([])
    if chinese:
        os.environ.setdefault("QCODE_LANGUAGE", "zh_CN")
    if os.environ.get("QCODE_LANGUAGE"):
        install_translators(app, chosen_language(None))
    if chinese:
        return _chinese(out, app)
    with tempfile.TemporaryDirectory() as folder:
        project = build_demo(Path(folder) / "demo.qcode")
        project.coder_name = "Amina Diallo"
        window = MainWindow(project, Settings(Path(folder)))
        window.resize(1500, 940)
        window.show()
        session = window.session
        document = project.document("Interview 02 – official")
        text = project.text(document)
        start = text.index("City A started a pilot")
        session.open_document(document, select=(start, start + len("City A started a pilot")))
        window.codebook.segmentsRequested.emit(
            project.code("Discourse/Honesty and trustworthiness"), False
        )
        for _ in range(3):
            app.processEvents()
        shown = _framework(window, app) if findings else window
        ok = shown.grab().save(out)
        window.close()
    print(f"wrote {out}" if ok else f"could not write {out}", file=sys.stderr)
    return 0 if ok else 1


# A made-up testimony (no real person): what the Chinese screenshot shows.
TESTIMONY = """访谈者：您第一次发现自己被列入失信名单是什么时候？
受访者：是去年三月。我去火车站买票，售票员说我的身份证不能买高铁票，也不能买飞机票。
访谈者：事先有人通知您吗？
受访者：没有任何通知。后来我才在网上查到，法院把我列入了失信被执行人名单，可是我从来没有收到过判决书。
访谈者：这件事对您的工作有什么影响？
受访者：公司说我的信用记录有问题，不能再负责对外签合同了。同事们也开始躲着我。
访谈者：您有没有试过申诉？
受访者：我去了三次法院，每次都说要等。街道的网格员还常常来问我最近在做什么，门口也装了新的摄像头。
访谈者：您现在最担心的是什么？
受访者：我担心孩子。听说父母上了名单，孩子上学也会受影响。
"""
CODES = {
    "信用惩戒/出行限制": "身份证不能买高铁票，也不能买飞机票",
    "程序正义/未获通知": "没有任何通知",
    "程序正义/申诉无门": "我去了三次法院，每次都说要等",
    "社会影响/工作": "不能再负责对外签合同了",
    "社会影响/家庭": "孩子上学也会受影响",
    "监控": "门口也装了新的摄像头",
}


def _chinese(out: str, app: Any) -> int:
    """The main window in Chinese on a coded Chinese testimony."""
    from qcode.core.coding_edits import NewCoding
    from qcode.core.project import Project
    from qcode.gui.main_window import MainWindow
    from qcode.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "访谈 07 – 失信名单.txt"
        source.write_text(TESTIMONY, encoding="utf-8")
        project = Project.create(Path(folder) / "社会信用研究.qcode", coder="李老师")
        (document,) = project.import_files([source])
        codings = [
            NewCoding(
                document.id, path, TESTIMONY.index(quote), TESTIMONY.index(quote) + len(quote)
            )
            for path, quote in CODES.items()
        ]
        project.add_codings(codings, create=True)
        window = MainWindow(project, Settings(Path(folder)))
        window.resize(1500, 940)
        window.show()
        start = TESTIMONY.index("法院把我列入了失信被执行人名单")
        window.session.open_document(document, select=(start, start + 15))
        window.codebook.segmentsRequested.emit(project.code("程序正义"), True)
        for _ in range(3):
            app.processEvents()
        ok = window.grab().save(out)
        window.close()
        project.close()
    print(f"wrote {out}" if ok else f"could not write {out}", file=sys.stderr)
    return 0 if ok else 1


def _framework(window: Any, app: Any) -> Any:
    """The framework matrix of the demo, the lawyer's summary on Notice open."""
    from qcode.gui.findings.framework_window import show_framework_window

    framework = show_framework_window(window, window.session)
    framework.resize(1360, 760)
    project = window.project
    framework.choose_cell(
        project.case("Liu, defence lawyer"), project.code("Due process and remedies/Notice")
    )
    for _ in range(3):
        app.processEvents()
    return framework


if __name__ == "__main__":
    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
    findings = "--findings" in sys.argv[1:]
    chinese = "--chinese" in sys.argv[1:]
    default = "resources/findings.png" if findings else "resources/screenshot.png"
    default = "resources/zh.png" if chinese else default
    raise SystemExit(main(arguments[0] if arguments else default, findings, chinese))
