"""A document's language, detected at import (issue 18): by script first,
then by py3langid for Latin and Cyrillic text; too little text gives no
guess; a language the researcher gave is never replaced."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.project import Project
from qcode.io.base import ImportedDocument
from qcode.io.language import detect_language

# One sentence of testimony in each language, written for these tests.
SAMPLES = {
    "zh": "我被问到在国外的家人，他们拿走了我的手机。后来他们又来了一次。",
    "ar": "سألوني عن عائلتي في الخارج وأخذوا هاتفي. ثم عادوا مرة أخرى في الليل.",
    "fa": "از من درباره خانواده‌ام در خارج پرسیدند و تلفنم را گرفتند. بعد دوباره آمدند.",
    "ug": "ئۇلار مەندىن چەتئەلدىكى ئائىلەم توغرىسىدا سورىدى ۋە تېلېفونۇمنى ئېلىۋالدى.",
    "ur": "انہوں نے مجھ سے بیرون ملک میرے خاندان کے بارے میں پوچھا اور میرا فون لے لیا۔",
    "he": 'שאלו אותי על המשפחה שלי בחו"ל ולקחו את הטלפון שלי. אחר כך הם חזרו.',
    "bo": "ཁོང་ཚོས་ངའི་ཕ་ཡུལ་གྱི་ནང་མི་སྐོར་དྲི་བ་དྲིས་ནས་ངའི་ཁ་པར་བླངས་སོང་།",
    "en": "They asked me about my family abroad and took my phone. Later they came back.",
    "es": "Me preguntaron por mi familia en el extranjero y se llevaron mi teléfono.",
    "fr": "On m'a interrogé sur ma famille à l'étranger et ils ont pris mon téléphone.",
    "ru": "Меня спрашивали о моей семье за границей и забрали мой телефон.",
    "kk": "Олар менен шетелдегі отбасым туралы сұрады және телефонымды алып кетті.",
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_each_language_is_recognised(language: str) -> None:
    assert detect_language(SAMPLES[language]) == language


@pytest.mark.parametrize(
    "text",
    [
        "They took everything",  # three words
        "社会信用",  # four characters
        "أخذوا كل شيء",  # three words
        "2019-03-04 14:00 — 15:30",  # no letters at all
        "   \n\n ",
    ],
)
def test_too_little_text_gives_no_guess(text: str) -> None:
    assert detect_language(text) is None


def test_mixed_text_goes_by_the_script_it_is_mostly_written_in() -> None:
    chinese_with_labels = "\n".join(f"Liu: {SAMPLES['zh']}\nInterviewer: ok" for _ in range(3))
    assert detect_language(chinese_with_labels) == "zh"
    english_quoting_chinese = f"{SAMPLES['en']} He said 社会信用 twice. {SAMPLES['en']}"
    assert detect_language(english_quoting_chinese) == "en"
    arabic_quoting_english = f"{SAMPLES['ar']} قال Social Credit مرتين."
    assert detect_language(arabic_quoting_english) == "ar"


def test_a_long_document_is_read_by_sample_in_bounded_time_and_memory(tmp_path: Path) -> None:
    # 4 MB of text whose second half is Chinese: the sample sees both, and
    # the answer comes without reading every character.
    script = textwrap.dedent(
        f"""
        import time
        from qcode.io.language import detect_language
        text = ({SAMPLES["en"]!r} + "\\n") * 13_000 + ({SAMPLES["zh"]!r} + "\\n") * 64_000
        assert len(text) > 3_000_000
        began = time.perf_counter()
        found = detect_language(text)
        seconds = time.perf_counter() - began
        # VmHWM: this program's own peak (ru_maxrss would count the forked parent's).
        with open("/proc/self/status") as status:
            peak = [line.split()[1] for line in status if line.startswith("VmHWM:")][0]
        print(found, seconds, peak)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    found, seconds, peak_kb = done.stdout.split()
    assert found == "zh"  # the Chinese half holds more letters than the English one
    assert float(seconds) < 10
    assert int(peak_kb) < 500 * 1024


def _imported(name: str, text: str) -> ImportedDocument:
    return ImportedDocument(name, text, f"{name}.txt", "text")


def test_import_stores_the_detected_language_as_an_attribute(tmp_path: Path) -> None:
    files = {}
    for language in ("zh", "ar", "en"):
        files[language] = tmp_path / f"{language}.txt"
        # CRLF line endings, as Windows editors write them.
        files[language].write_bytes(((SAMPLES[language] + "\r\n") * 3).encode("utf-8"))
    with Project.create(tmp_path / "p.qcode") as project:
        added = project.import_files(list(files.values()))
        assert [d.attributes.get("language") for d in added] == ["zh", "ar", "en"]
        # Shown and changed like any attribute.
        project.set_attributes(added[0], {"language": "yue"})
        assert project.document(added[0].id).attributes["language"] == "yue"
        project.undo()
        project.undo()  # the import, with its guesses
        assert project.documents() == []


def test_a_language_the_researcher_gave_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "zh.txt"
    path.write_text(SAMPLES["zh"] * 3, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(SAMPLES["zh"] * 4, encoding="utf-8")
    with Project.create(tmp_path / "p.qcode") as project:
        (given,) = project.import_files([path], {"language": "yue"})
        assert given.attributes == {"language": "yue"}
        (capitalised,) = project.import_files([other], {"Language": "zh-Hant"})
        assert capitalised.attributes == {"Language": "zh-Hant"}  # no second "language"


def test_only_an_import_guesses_not_documents_added_by_code(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qcode") as project:
        (plain,) = project.add_documents([_imported("a", SAMPLES["en"])])
        assert plain.attributes == {}
        (guessed,) = project.add_documents([_imported("b", SAMPLES["fa"])], detect_language=True)
        assert guessed.attributes == {"language": "fa"}


def test_qcode_import_says_what_it_detected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.qcode"
    assert main(["new", str(project)]) == 0
    chinese, short, arabic = tmp_path / "liu.txt", tmp_path / "note.txt", tmp_path / "amina.txt"
    chinese.write_bytes(f"Liu: {SAMPLES['zh']}\r\nLiu: {SAMPLES['zh']}\r\n".encode())
    short.write_text("Call back tomorrow", encoding="utf-8")
    arabic.write_text(SAMPLES["ar"], encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(project), str(chinese), str(short)]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("imported 'liu' (")
    assert lines[0].endswith(", 1 speaker, language zh (detected))")
    assert lines[1] == "imported 'note' (18 characters, language not detected)"
    assert main(["import", str(project), str(arabic), "--attr", "language=ar-EG"]) == 0
    given = capsys.readouterr().err.splitlines()
    assert given == [f"imported 'amina' ({len(SAMPLES['ar'])} characters)"]
    with Project.open(project) as opened:
        languages = {d.name: d.attributes.get("language") for d in opened.documents()}
    assert languages == {"liu": "zh", "note": None, "amina": "ar-EG"}
