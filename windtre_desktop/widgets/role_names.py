"""Translated names of roles and sections, in the portal's own words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from windtre_desktop.domain.models import Role
from windtre_desktop.domain.roles import SECTION_LABELS, Section


def role_name(role: Role) -> str:
    names = {
        Role.USER_ADMIN: QCoreApplication.translate("Roles", "User Admin"),
        Role.TELCO_MANAGER: QCoreApplication.translate("Roles", "Telco Manager"),
        Role.DIPENDENTE: QCoreApplication.translate("Roles", "Employee"),
    }
    return names[role]


def section_name(section: Section) -> str:
    return SECTION_LABELS[section].render(QCoreApplication.translate)
