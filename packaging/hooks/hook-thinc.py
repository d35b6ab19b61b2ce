"""PyInstaller hook for thinc, replacing the contributed one: without its tests."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("thinc", excludes=["**/tests/**", "**/*.pyx", "**/*.pxd"])
hiddenimports = collect_submodules("thinc", filter=lambda name: ".tests" not in name)
