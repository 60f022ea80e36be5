"""Translated names of roles and sections, in the portal's own words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from windtre_desktop.domain.models import Role
from windtre_desktop.domain.roles import Section


def role_name(role: Role) -> str:
    names = {
        Role.USER_ADMIN: QCoreApplication.translate("Roles", "User Admin"),
        Role.TELCO_MANAGER: QCoreApplication.translate("Roles", "Telco Manager"),
        Role.DIPENDENTE: QCoreApplication.translate("Roles", "Employee"),
    }
    return names[role]


def section_name(section: Section) -> str:
    names = {
        Section.DASHBOARD: QCoreApplication.translate("Sections", "Dashboard"),
        Section.TRAFFIC: QCoreApplication.translate("Sections", "Traffic"),
        Section.ACCOUNT_BILLING: QCoreApplication.translate("Sections", "Billing"),
        Section.PRODUCTS: QCoreApplication.translate("Sections", "Products"),
        Section.SELF_SERVICE: QCoreApplication.translate("Sections", "Self-service"),
        Section.TICKETS: QCoreApplication.translate("Sections", "Requests and reports"),
        Section.NOTIFICATIONS: QCoreApplication.translate("Sections", "Notifications"),
        Section.PROFILE: QCoreApplication.translate("Sections", "Account"),
    }
    return names[section]
