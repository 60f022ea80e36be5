"""What each role may see and do: the permission matrix the UI follows (the server enforces it again)."""

from __future__ import annotations

from enum import StrEnum

from windtre_desktop.domain.models import Role


class Section(StrEnum):
    """The portal's sections, in the order of the navigation."""

    DASHBOARD = "dashboard"
    TRAFFIC = "traffic"
    ACCOUNT_BILLING = "billing"  # "Conto"
    PRODUCTS = "products"
    SELF_SERVICE = "self_service"  # "Fai da te"
    TICKETS = "tickets"  # "Richieste e segnalazioni"
    NOTIFICATIONS = "notifications"
    PROFILE = "profile"  # "Account"


_MANAGER_SECTIONS = tuple(Section)
_EMPLOYEE_SECTIONS = (Section.DASHBOARD, Section.TRAFFIC, Section.NOTIFICATIONS, Section.PROFILE)

SECTIONS_BY_ROLE: dict[Role, tuple[Section, ...]] = {
    Role.USER_ADMIN: _MANAGER_SECTIONS,
    Role.TELCO_MANAGER: _MANAGER_SECTIONS,
    Role.DIPENDENTE: _EMPLOYEE_SECTIONS,
}


def sections_for(role: Role) -> tuple[Section, ...]:
    return SECTIONS_BY_ROLE[role]


def sees_all_lines(role: Role) -> bool:
    """A Responsabile (User Admin or Telco Manager) sees every company line (R-21); a Dipendente only their own."""
    return role in (Role.USER_ADMIN, Role.TELCO_MANAGER)


def can_manage_telco_managers(role: Role) -> bool:
    """Only the User Admin creates and deletes Telco Managers (R-03)."""
    return role is Role.USER_ADMIN
