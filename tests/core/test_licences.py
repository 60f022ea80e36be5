"""The third-party licence list is read from the installed distributions: what the app ships is there,
each with a licence, Qt named as LGPLv3, and what only the developers use is not."""

from __future__ import annotations

from email.message import Message

from windtre_desktop import licences


def _by_name():
    return {licences.canonical(item.name): item for item in licences.third_party()}


def test_the_shipped_libraries_are_listed_with_a_licence():
    listed = _by_name()
    for name in ("pyside6", "pyside6-essentials", "shiboken6", "httpx", "lxml", "keyring", "numpy",
                 "cryptography", "pyqtgraph", "openpyxl", "platformdirs", "phonenumbers", "fastapi", "uvicorn"):
        assert name in listed, name
        assert listed[name].licence != licences.UNKNOWN, name
        assert listed[name].version, name
    assert "BSD" in listed["httpx"].licence
    assert "BSD" in listed["lxml"].licence
    assert "Copyright" in listed["httpx"].text  # the licence file the wheel ships, read whole


def test_qt_is_named_lgplv3_with_a_notice_where_the_wheel_ships_no_licence_file():
    listed = _by_name()
    for name in ("pyside6", "pyside6-essentials", "shiboken6"):
        assert "LGPL-3.0" in listed[name].licence
        assert "GNU Lesser General Public License, version 3" in listed[name].text


def test_the_app_itself_and_the_developer_tools_are_not_listed():
    listed = _by_name()
    assert "windtre-desktop" not in listed
    for dev_only in ("pytest", "pytest-qt", "ruff", "hypothesis", "import-linter", "psutil"):
        assert dev_only not in listed, dev_only


def test_the_app_licence_is_what_pyproject_says():
    assert licences.app_licence() == "Proprietary"


def _meta(**fields) -> Message:
    message = Message()
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            message[key.replace("_", "-")] = item
    return message


def test_licence_name_prefers_the_expression_then_a_short_field_then_the_classifiers():
    assert licences.licence_name(_meta(License_Expression="MIT", License="whatever")) == "MIT"
    assert licences.licence_name(_meta(License="BSD-3-Clause")) == "BSD-3-Clause"
    whole_text = "Copyright (c) someone\n\nPermission is hereby granted, free of charge..."
    classifier = "License :: OSI Approved :: MIT License"
    assert licences.licence_name(_meta(License=whole_text, Classifier=[classifier])) == "MIT License"
    assert licences.licence_name(_meta(License=whole_text)).startswith("Copyright (c) someone")
    assert licences.licence_name(_meta(License="UNKNOWN")) == licences.UNKNOWN
