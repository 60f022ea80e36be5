"""What each role may see and do: the permission matrix the UI follows (the server enforces it again)."""

from __future__ import annotations

from enum import StrEnum

from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from windtre_desktop.domain.models import Role, User


class Section(StrEnum):
    """The portal's sections, in the order of the navigation."""

    DASHBOARD = "dashboard"
    FLEET = "fleet"  # "Panoramica flotta": beyond the portal
    TRAFFIC = "traffic"
    ACCOUNT_BILLING = "billing"  # "Conto"
    PRODUCTS = "products"
    SELF_SERVICE = "self_service"  # "Fai da te"
    TICKETS = "tickets"  # "Richieste e segnalazioni"
    NOTIFICATIONS = "notifications"
    PROFILE = "profile"  # "Account"


# The sections' names (the Italian UI uses the portal's words): a sentence naming a section takes its name
# from here, as a Message argument, so that it always reads as the navigation does, in either language.
SECTION_LABELS: dict[Section, Message] = {
    Section.DASHBOARD: Message("Sections", QT_TRANSLATE_NOOP("Sections", "Dashboard")),
    Section.FLEET: Message("Sections", QT_TRANSLATE_NOOP("Sections", "Fleet overview")),
    Section.TRAFFIC: Message("Sections", QT_TRANSLATE_NOOP("Sections", "Traffic")),
    Section.ACCOUNT_BILLING: Message("Sections", QT_TRANSLATE_NOOP("Sections", "Billing")),
    Section.PRODUCTS: Message("Sections", QT_TRANSLATE_NOOP("Sections", "Products")),
    Section.SELF_SERVICE: Message("Sections", QT_TRANSLATE_NOOP("Sections", "Self-service")),
    Section.TICKETS: Message("Sections", QT_TRANSLATE_NOOP("Sections", "Requests and reports")),
    Section.NOTIFICATIONS: Message("Sections", QT_TRANSLATE_NOOP("Sections", "Notifications")),
    Section.PROFILE: Message("Sections", QT_TRANSLATE_NOOP("Sections", "Account")),
}

_MANAGER_SECTIONS = tuple(Section)
# a Dipendente's Prodotti shows its own lines' details and codes (R-22), none of the management (R-60)
_EMPLOYEE_SECTIONS = (Section.DASHBOARD, Section.TRAFFIC, Section.PRODUCTS, Section.NOTIFICATIONS, Section.PROFILE)

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


class Capability(StrEnum):
    """What a profile may do beyond seeing its sections (docs/api.md "Permission matrix")."""

    MANAGE_TELCO_MANAGERS = "manage_telco_managers"
    ASSOCIATE_SIMS = "associate_sims"  # "Associa SIM", R-04
    DELETE_OWN_ACCOUNT = "delete_own_account"
    CHANGE_PASSWORD = "change_password"


CAPABILITIES: dict[Role, frozenset[Capability]] = {
    Role.USER_ADMIN: frozenset({Capability.MANAGE_TELCO_MANAGERS, Capability.CHANGE_PASSWORD}),
    Role.TELCO_MANAGER: frozenset({Capability.CHANGE_PASSWORD}),
    Role.DIPENDENTE: frozenset({Capability.ASSOCIATE_SIMS, Capability.DELETE_OWN_ACCOUNT, Capability.CHANGE_PASSWORD}),
}


def is_responsabile_by_network(user: User) -> bool:
    """A User Admin or Telco Manager who came in by "Accedi direttamente" is a Dipendente for the
    whole session (R-10); a real Dipendente's username is always the line number (R-04)."""
    return user.role is Role.DIPENDENTE and not user.username.isdigit()


def can(user: User, capability: Capability) -> bool:
    if is_responsabile_by_network(user):
        return False  # that session only consults its line (docs/api.md, permission matrix)
    return capability in CAPABILITIES[user.role]


def can_manage_telco_managers(role: Role) -> bool:
    """Only the User Admin creates and deletes Telco Managers (R-03)."""
    return Capability.MANAGE_TELCO_MANAGERS in CAPABILITIES[role]
