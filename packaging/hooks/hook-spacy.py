"""PyInstaller hook for spaCy, replacing the contributed one: its data files and
submodules (it picks languages and components by name), without its test suite."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules


def _not_tests(name: str) -> bool:
    return ".tests" not in name


datas = collect_data_files("spacy", excludes=["**/tests/**", "**/*.pyx", "**/*.pxd", "**/*.cpp"])
hiddenimports = collect_submodules("spacy", filter=_not_tests)
