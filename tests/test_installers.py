"""The installers' sources, checked here where neither Inno Setup nor macOS tools run: the Inno Setup
script's keys and its data-keeping uninstall, the macOS Info.plist and .app/.icns, the Windows .ico, the
shell scripts' syntax, and the GitHub Actions workflow that builds and smoke-tests them on their OSes."""

from __future__ import annotations

import importlib.util
import plistlib
import re
import shutil
import struct
import subprocess
from importlib.metadata import version
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
ISS = ROOT / "packaging" / "windows" / "windtre-desktop.iss"
MACOS = ROOT / "packaging" / "macos"
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def iss_sections(text: str) -> dict[str, list[str]]:
    """The script's lines by [Section], without comments and blank lines (preprocessor lines under '#')."""
    sections: dict[str, list[str]] = {"#": []}
    current = "#"
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("#"):
            sections["#"].append(line)
        elif re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections[current].append(line)
    return sections


def iss_setup(sections: dict[str, list[str]]) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in sections["Setup"])
    return {key.strip(): value.strip() for key, value in pairs}


# --- Windows: the Inno Setup script ---


def test_iss_installs_per_user_without_admin_rights() -> None:
    sections = iss_sections(ISS.read_text(encoding="utf-8"))
    setup = iss_setup(sections)
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no way to switch to an all-users install
    assert setup["DefaultDirName"].startswith("{userpf}\\")
    body = "\n".join(line for name, lines in sections.items() if name != "Code" for line in lines)
    for machine_wide in ("{commonpf}", "{autopf}", "{commonprograms}", "{autoprograms}", "{commondesktop}", "HKLM"):
        assert machine_wide not in body
    icons = sections["Icons"]
    assert any(line.startswith('Name: "{userprograms}\\') for line in icons), "no Start-menu entry"


def test_iss_has_identity_version_and_icon() -> None:
    text = ISS.read_text(encoding="utf-8")
    sections = iss_sections(text)
    setup = iss_setup(sections)
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["VersionInfoVersion"] == "{#AppVersion}"
    assert re.fullmatch(r"\d+(\.\d+){1,3}", version("windtre-desktop")), "Inno Setup takes only X.Y.Z versions"
    assert "{#AppVersion}" in setup["OutputBaseFilename"]
    assert setup["AppPublisher"]
    assert setup["SetupIconFile"] == "{#IconFile}"
    # without /DAppVersion=… the compiler stops: no installer with a made-up version
    preprocessor = sections["#"]
    assert preprocessor[0] == "#ifndef AppVersion" and preprocessor[1].startswith("#error")
    # the icon make_icon.py writes is the one the script uses
    make_icon = _load(ROOT / "packaging" / "windows" / "make_icon.py", "make_icon")
    define = next(line for line in preprocessor if line.startswith("#define IconFile"))
    relative = define.split('"')[1].replace("\\", "/")
    assert (ISS.parent / relative).resolve() == make_icon.DEFAULT_OUTPUT.resolve()


def test_iss_speaks_italian_and_english() -> None:
    sections = iss_sections(ISS.read_text(encoding="utf-8"))
    languages = {line.split('"')[1]: line for line in sections["Languages"]}
    assert set(languages) == {"italian", "english"}
    assert "Languages\\Italian.isl" in languages["italian"]
    assert "Default.isl" in languages["english"]
    # every custom message the code uses exists in both languages
    used = set(re.findall(r"CustomMessage\('(\w+)'\)", "\n".join(sections["Code"])))
    assert used
    defined = {line.split("=", 1)[0] for line in sections["CustomMessages"]}
    for name in used:
        assert {f"italian.{name}", f"english.{name}"} <= defined


def test_iss_uninstall_keeps_the_data_unless_asked() -> None:
    code = "\n".join(iss_sections(ISS.read_text(encoding="utf-8"))["Code"])
    assert "procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);" in code
    assert "CurUninstallStep = usPostUninstall" in code
    # the question defaults to No, and a silent uninstall keeps the data unless /REMOVEDATA
    assert re.search(r"MsgBox\(.*RemoveDataQuestion.*mbConfirmation, MB_YESNO or MB_DEFBUTTON2\) = IDYES", code,
                     re.DOTALL)
    assert re.search(r"else if UninstallSilent then\s+Result := RemoveDataRequested\(\)\s+else\s+Result := MsgBox", code)
    # the only deletions are under that answer
    removal = re.search(r"if ShouldRemoveData\(\) then\s+begin\s+(.*?)\s+end;", code, re.DOTALL)
    assert removal is not None
    deletions = re.findall(r"\b(DelTree|DeleteFile|RemoveDir|RegDelete\w+)\(", code)
    assert deletions and len(deletions) == len(re.findall(r"\b(DelTree|DeleteFile|RemoveDir|RegDelete\w+)\(",
                                                          removal.group(1)))
    words = re.findall(r"\b(begin|end)\b", code, re.IGNORECASE)
    assert words.count("begin") == words.count("end")


def test_iss_removes_the_folder_and_settings_the_app_really_uses(monkeypatch, tmp_path) -> None:
    """paths.py on Windows (platformdirs) and QSettings' registry key land where the uninstaller looks."""
    import platformdirs
    import platformdirs.windows

    from windtre_desktop import paths

    local = tmp_path / "Local"
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER",
                        {"CSIDL_LOCAL_APPDATA": str(local), "CSIDL_APPDATA": str(tmp_path / "Roaming")}.__getitem__)
    monkeypatch.delenv(paths.HOME_ENV, raising=False)
    app_paths = paths.AppPaths.default()
    data_folder = app_paths.data_dir.relative_to(local)
    assert app_paths.log_dir.is_relative_to(app_paths.data_dir)  # one folder holds both
    text = ISS.read_text(encoding="utf-8")
    assert f'#define DataFolderName "{data_folder}"' in text
    assert "ExpandConstant('{localappdata}\\{#DataFolderName}')" in text
    organization = re.search(r'setOrganizationName\("([^"]+)"\)', (ROOT / "windtre_desktop" / "app.py").read_text())
    assert organization is not None
    assert f'#define SettingsKey "Software\\{organization.group(1)}"' in text


def test_make_icon_renders_every_size_qt_reads_back(qapp, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

    source = tmp_path / "icon.png"
    image = QImage(300, 200, QImage.Format.Format_ARGB32)  # not square: centred on a transparent canvas
    image.fill(QColor("#ff6a00"))
    painter = QPainter(image)
    painter.fillRect(100, 50, 100, 100, QColor("white"))
    painter.end()
    assert image.save(str(source))
    make_icon = _load(ROOT / "packaging" / "windows" / "make_icon.py", "make_icon")
    output = make_icon.make_icon(source, tmp_path / "out" / "app.ico")
    data = output.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icon.SIZES))
    reader = QImageReader(str(output))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        icon = reader.read()
        sizes.append(icon.width())
        assert icon.height() == icon.width()
    assert sizes == list(make_icon.SIZES)
    reader.jumpToImage(len(sizes) - 1)
    biggest = reader.read()
    assert biggest.pixelColor(0, 0).alpha() == 0  # the band above the wide image is transparent
    assert biggest.pixelColor(128, 128) == QColor("white")


# --- macOS ---


def test_info_plist_keys() -> None:
    with (MACOS / "Info.plist").open("rb") as file:
        values = plistlib.load(file)
    assert re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", values["CFBundleIdentifier"])
    assert not values["CFBundleIdentifier"].startswith("it.windtre")  # not the operator's name: ours
    assert values["CFBundleExecutable"] == "windtre-desktop"
    assert values["CFBundlePackageType"] == "APPL"
    assert values["NSHighResolutionCapable"] is True
    assert values["NSRequiresAquaSystemAppearance"] is False  # follows the system's dark mode
    assert tuple(int(part) for part in values["LSMinimumSystemVersion"].split(".")) >= (13, 0)
    assert "CFBundleShortVersionString" not in values  # one source for the version: the metadata


def test_entitlements_for_the_hardened_runtime() -> None:
    with (MACOS / "entitlements.plist").open("rb") as file:
        values = plistlib.load(file)
    assert values == {
        "com.apple.security.cs.allow-unsigned-executable-memory": True,
        "com.apple.security.cs.disable-library-validation": True,
    }


def test_make_app_wraps_the_bundle_with_the_metadata_version(qapp, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage, QImageReader

    make_app = _load(MACOS / "make_app.py", "make_app")
    bundle = tmp_path / "windtre-desktop"
    (bundle / "_internal" / "PySide6" / "Qt" / "lib" / "QtCore.framework" / "Versions" / "A").mkdir(parents=True)
    (bundle / "_internal" / "windtre_desktop-0.1.0.dist-info").mkdir()
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    (bundle / "windtre-desktop").write_text("#!/bin/sh\n")
    (bundle / "windtre-desktop").chmod(0o755)
    icon = tmp_path / "icon.png"
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ff6a00"))
    assert image.save(str(icon))

    app = make_app.make_app(bundle, tmp_path / "WINDTRE Business.app", icon=icon)
    with (app / "Contents" / "Info.plist").open("rb") as file:
        values = plistlib.load(file)
    assert values["CFBundleShortVersionString"] == values["CFBundleVersion"] == version("windtre-desktop")
    # the executable alone in MacOS, the rest in Frameworks: where the bootloader looks from inside a .app
    assert [path.name for path in (app / "Contents" / "MacOS").iterdir()] == [values["CFBundleExecutable"]]
    assert (app / "Contents" / "MacOS" / values["CFBundleExecutable"]).stat().st_mode & 0o111
    assert (app / "Contents" / "Frameworks" / "base_library.zip").read_bytes() == b"PK"
    reader = QImageReader(str(app / "Contents" / "Resources" / values["CFBundleIconFile"]))
    widths = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        widths.append(reader.read().width())
    assert sorted(set(widths)) == [16, 32, 64, 128, 256, 512, 1024]
    # the folder-name quirk of SIGNING.md is seen (a .framework is not one), so signing can refuse this layout
    assert make_app.check_codesign_layout(app) == [app / "Contents" / "Frameworks" / "windtre_desktop-0.1.0.dist-info"]
    with pytest.raises(FileNotFoundError):
        make_app.make_app(tmp_path / "missing", tmp_path / "Other.app")


@pytest.mark.parametrize("script", ["make_dmg.sh", "sign_and_notarize.sh"])
def test_macos_scripts_parse(script: str) -> None:
    path = MACOS / script
    subprocess.run(["bash", "-n", str(path)], check=True)
    text = path.read_text()
    assert text.startswith("#!/usr/bin/env bash\n") and "set -euo pipefail" in text
    if shutil.which("shellcheck"):
        subprocess.run(["shellcheck", str(path)], check=True)


def test_dmg_script_makes_a_volume_with_an_applications_link() -> None:
    text = (MACOS / "make_dmg.sh").read_text()
    assert 'ln -s /Applications "$STAGING/Applications"' in text
    assert re.search(r'hdiutil create -volname "\$VOLUME" -srcfolder "\$STAGING" .*-format UDZO', text)


# --- the GitHub Actions workflow ---


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_workflow_builds_windows_and_macos_on_their_runners() -> None:
    flow = workflow()
    triggers = flow.get("on", flow.get(True))  # YAML 1.1 reads the key `on` as the boolean true
    assert triggers, "the workflow has no trigger"
    jobs = flow["jobs"]
    assert jobs["windows"]["runs-on"].startswith("windows-")
    assert jobs["macos"]["runs-on"].startswith("macos-")
    assert flow["env"]["PYTHON_VERSION"] == "3.11.7"
    for name, job in jobs.items():
        steps = job["steps"]
        assert all(step.get("name") for step in steps), f"{name}: a step without a name"
        assert all(("run" in step) != ("uses" in step) for step in steps)
        for step in steps:
            if "uses" in step:
                assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+", step["uses"]), step["uses"]
        setup = next(step for step in steps if step.get("uses", "").startswith("actions/setup-python@"))
        assert setup["with"]["python-version"] == "${{ env.PYTHON_VERSION }}"
        assert any(re.fullmatch(r"python3? dev\.py package", step.get("run", "")) for step in steps)
        assert any(step.get("uses", "").startswith("actions/upload-artifact@")
                   and step["with"]["if-no-files-found"] == "error" for step in steps)


def test_workflow_runs_the_smoke_tour_of_what_it_built() -> None:
    flow = workflow()
    assert flow["env"]["QT_QPA_PLATFORM"] == "offscreen"
    runs = {name: "\n".join(step.get("run", "") for step in job["steps"]) for name, job in flow["jobs"].items()}
    tour = r"--demo --smoke-test "
    # on Windows the tours run the console executable (the one users start is windowed: no console beside it)
    assert re.search(r"dist/windtre-desktop/windtre-desktop-console\.exe " + tour, runs["windows"])
    assert re.search(r"Programs/WINDTRE Business/windtre-desktop-console\.exe\" " + tour, runs["windows"])
    assert re.search(r"dist/windtre-desktop/windtre-desktop " + tour, runs["macos"])
    assert re.search(r'"\$mount/WINDTRE Business\.app/Contents/MacOS/windtre-desktop" ' + tour, runs["macos"])
    # the installer is compiled with the metadata's version, and both branches of the uninstall are tried
    assert '"/DAppVersion=${{ steps.version.outputs.version }}" packaging\\windows\\windtre-desktop.iss' in runs["windows"]
    assert "importlib.metadata" in runs["windows"]
    assert "Uninstall @()" in runs["windows"] and "Uninstall @('/REMOVEDATA')" in runs["windows"]
    assert "bash packaging/macos/make_dmg.sh" in runs["macos"]


def test_windows_users_start_a_windowed_executable_and_the_console_one_is_beside_it() -> None:
    """The spec builds, on Windows only, the app without a console window and windtre-desktop-console.exe with one
    (--version, --smoke-test); both in the one folder the installer copies."""
    spec = (ROOT / "packaging" / "windtre_desktop.spec").read_text(encoding="utf-8")
    assert 'WINDOWED = sys.platform == "win32" and not BARE' in spec
    assert "console=not WINDOWED" in spec and 'name=f"{name}-console", console=True' in spec
    assert "COLLECT(*executables," in spec
    iss = iss_sections((ROOT / "packaging" / "windows" / "windtre-desktop.iss").read_text(encoding="utf-8"))
    assert any(line.startswith('Source: "{#BundleDir}\\*"') and "recursesubdirs" in line for line in iss["Files"])


def test_workflow_signs_only_with_secrets_and_keeps_them_out_of_the_run_lines() -> None:
    flow = workflow()
    macos = flow["jobs"]["macos"]
    assert "secrets.MACOS_CERTIFICATE_P12" in macos["env"]["SIGN"]
    for step in macos["steps"]:
        assert "secrets." not in step.get("run", ""), step["name"]  # secrets reach scripts through env only
        if "sign_and_notarize.sh" in step.get("run", "") or "keychain" in step["name"].lower():
            assert "env.SIGN == 'true'" in step["if"], step["name"]
    documented = set(re.findall(r"`(MACOS_[A-Z0-9_]+)`", (MACOS / "SIGNING.md").read_text()))
    used = set(re.findall(r"secrets\.(MACOS_[A-Z0-9_]+)", WORKFLOW.read_text()))
    assert used and used == documented
