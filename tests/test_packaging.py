"""The PyInstaller spec's Qt lists against what the app imports, the version's one source (the package
metadata), and the Linux desktop entry. Fast: nothing is built here (CI builds the bundle and tours it)."""

from __future__ import annotations

import ast
import configparser
import importlib.metadata
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "windtre_desktop.spec"
PACKAGE = ROOT / "windtre_desktop"
LINUX = ROOT / "packaging" / "linux"


def spec_list(name: str) -> list[str]:
    """A top-level list assigned in the spec, read without running PyInstaller."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {SPEC.name}")


def qt_modules_imported_by_the_app() -> set[str]:
    """Every PySide6.QtXxx module named by an import statement anywhere in windtre_desktop (also inside functions)."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6."))
    return found


def test_the_spec_bundles_exactly_the_qt_modules_the_app_imports():
    used = qt_modules_imported_by_the_app()
    assert used == set(spec_list("QT_USED"))
    assert not used & set(spec_list("QT_EXCLUDED"))
    assert not set(spec_list("QT_USED_BY_PYQTGRAPH")) & set(spec_list("QT_EXCLUDED"))


def test_every_installed_qt_module_is_either_bundled_or_excluded_by_name():
    import PySide6

    installed = {path.name.split(".")[0] for path in Path(PySide6.__file__).parent.glob("Qt*.*")
                 if path.suffix in (".so", ".pyd")}
    listed = set(spec_list("QT_USED")) | set(spec_list("QT_USED_BY_PYQTGRAPH")) | set(spec_list("QT_EXCLUDED"))
    assert installed - listed == set(), "new PySide6 modules: bundle or exclude them in the spec"


BLOCKED_IMPORT = """
import importlib, importlib.abc, pkgutil, sys
blocked = {blocked!r}
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in blocked:
            raise ModuleNotFoundError(f"No module named {{name!r}} (excluded from the bundle)", name=name)
        return None
sys.meta_path.insert(0, Block())
import windtre_desktop
for module in pkgutil.walk_packages(windtre_desktop.__path__, "windtre_desktop."):
    if not module.name.endswith("__main__"):
        importlib.import_module(module.name)
from windtre_desktop.widgets.traffic_chart import TrafficChart
print("imported", len(sys.modules))
"""


def test_every_module_of_the_app_imports_without_the_excluded_modules(tmp_path):
    """As in the bundle: pyqtgraph (imported by the Traffico chart) must cope without QtSvg and QtTest."""
    blocked = {f"PySide6.{name}" for name in spec_list("QT_EXCLUDED")}
    blocked |= {name for name in spec_list("OTHER_EXCLUDED") if name.split(".")[0] not in ("pytest", "_pytest")}
    result = subprocess.run([sys.executable, "-c", BLOCKED_IMPORT.format(blocked=sorted(blocked))],
                            capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("imported")


def test_version_comes_from_the_package_metadata():
    metadata = importlib.metadata.version("windtre-desktop")
    with (ROOT / "pyproject.toml").open("rb") as file:
        assert metadata == tomllib.load(file)["project"]["version"]
    result = subprocess.run([sys.executable, "-m", "windtre_desktop", "--version"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"windtre-desktop {metadata}"


def test_a_source_tree_without_metadata_says_so(tmp_path):
    """Only the package's own __init__ on the path, no site-packages: no metadata to read."""
    (tmp_path / "windtre_desktop").mkdir()
    shutil.copy(PACKAGE / "__init__.py", tmp_path / "windtre_desktop" / "__init__.py")
    code = "import sys; sys.path.insert(0, sys.argv[1]); import windtre_desktop as w; print(w.__version__)"
    result = subprocess.run([sys.executable, "-S", "-c", code, str(tmp_path)], capture_output=True, text=True,
                            timeout=60, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    from windtre_desktop import SOURCE_TREE_VERSION

    assert result.stdout.strip() == SOURCE_TREE_VERSION


def test_the_desktop_entry_starts_the_bundle_with_our_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(LINUX / "windtre-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "windtre-desktop"  # the executable's name in the spec
    assert "windtre-desktop" in SPEC.read_text(encoding="utf-8")
    assert (LINUX / f"{section['Icon']}.svg").exists()
    assert section["Categories"].endswith(";")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate is not installed")
def test_the_desktop_entry_is_valid():
    result = subprocess.run(["desktop-file-validate", str(LINUX / "windtre-desktop.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_log_names_the_version_at_start_up(tmp_path):
    metadata = importlib.metadata.version("windtre-desktop")
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "windtre_desktop", "--server", "http://127.0.0.1:9", "--data-dir",
                             str(tmp_path / "home"), "--exit-after-paint", "--lang", "it"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    from windtre_desktop.logging_setup import LOG_FILE_NAME
    from windtre_desktop.paths import AppPaths

    log = (AppPaths.default(tmp_path / "home").log_dir / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert f"started windtre-desktop {metadata} in " in log, log
