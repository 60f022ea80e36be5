"""The command palette (Ctrl+K) driven from the GUI thread: builds the index from what the app has locally
(the snapshot's lines with their local labels, the stored invoice listing, the tickets and GSS packages the
screens have loaded, the settings, every screen the profile has), shows the popup, opens what is chosen —
lines, invoices, packages and tickets through the notification centre's openers, screens and their tabs,
Settings focused on the field — and records it among the recent items of the profile's store."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from windtre_desktop.domain.fleet_usage import LineLabel
from windtre_desktop.domain.models import Line
from windtre_desktop.domain.palette import DEFAULT_LIMIT, Entry, EntryKind, Match, PaletteIndex
from windtre_desktop.domain.products import GssPackage
from windtre_desktop.domain.roles import Section, sees_all_lines
from windtre_desktop.flows.invoices import invoice_summary
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.role_names import section_name

if TYPE_CHECKING:
    from windtre_desktop.flows.controller import AppController
    from windtre_desktop.widgets.command_palette import CommandPalette

log = logging.getLogger(__name__)

# Tabs and pages of the sections, as (key, tr context, English source) — the names the screens themselves
# show, so the palette reads as the tab does in either language.
SCREEN_TABS: dict[Section, tuple[tuple[str, str, str], ...]] = {
    Section.FLEET: (("lines", "FleetSection", "Lines"), ("spend", "FleetSection", "Spend"),
                    ("alerts", "FleetSection", "Alerts")),
    Section.ACCOUNT_BILLING: (("invoices", "BillingSection", "Invoices"),
                              ("recharges", "BillingSection", "Recharge history")),
    Section.PRODUCTS: (("mobile", "ProductsSection", "Mobile"), ("gss", "ProductsSection", "Giga Smart Share"),
                       ("devices", "ProductsSection", "Devices")),
    Section.SELF_SERVICE: (
        ("activations", "SelfServiceSection", "Line activations"),
        ("sim_history", "SelfServiceSection", "SIM associations"),
        ("promotions", "SelfServiceSection", "Promotions"),
        ("online_recharge", "SelfServiceSection", "Online recharge"),
        ("options", "SelfServiceSection", "Options"),
        ("mobile_services", "SelfServiceSection", "Mobile services"),
        ("premium_services", "SelfServiceSection", "Premium services"),
        ("auto_recharge", "SelfServiceSection", "Automatic recharge"),
        ("coverage", "SelfServiceSection", "Coverage"),
    ),
    Section.NOTIFICATIONS: (("centre", "NotificationsView", "Notification centre"),
                            ("settings", "NotificationsView", "Manage notifications")),
}
_COMPANY_TABS = {(Section.PRODUCTS, "gss"), (Section.PRODUCTS, "devices")}  # for the roles that see the company

# The settings dialog's fields: key → the SettingsDialog attribute to focus (None, or one it does not have:
# the dialog only).
SETTING_FIELDS: dict[str, str | None] = {"server": "server", "interval": "interval", "language": "language",
                                         "theme": "theme", "notifications": "notifications",
                                         "data_folder": "move_button"}


class PaletteFlows(QObject):
    opened = Signal(str, str)  # kind, key: what the palette just opened
    indexBuilt = Signal(int, float)  # entries, milliseconds

    def __init__(self, controller: AppController, parent: QObject | None = None) -> None:
        super().__init__(parent or controller)
        self.controller = controller
        self.palette: CommandPalette | None = None
        self.index: PaletteIndex | None = None
        self._signature: tuple | None = None
        self._recents: list[tuple[str, str]] = []
        self.limit = DEFAULT_LIMIT
        self._watching_packages = False

    # --- the popup ---

    def open(self) -> CommandPalette | None:
        window = self.controller.window
        if self.controller.snapshot is None or window.current_section() is None:
            return None  # not signed in: nothing to find
        from windtre_desktop.widgets.command_palette import CommandPalette

        self._load_sources()
        self.ensure_index()
        self._recents = self._recent_store().recent() if self._recent_store() is not None else []
        if self.palette is None or not shiboken6.isValid(self.palette):
            self.palette = CommandPalette(self.search, window)
            self.palette.chosen.connect(self.open_item)
        self.palette.popup(window)
        return self.palette

    def _load_sources(self) -> None:
        """Tickets, packages and invoices are known once their screens have loaded them: a first Ctrl+K asks for
        them (the screens are built, not shown), and the open palette takes them in when they come."""
        c = self.controller
        window = c.window
        visible = window.visible_sections()
        for section in (Section.TICKETS, Section.PRODUCTS, Section.ACCOUNT_BILLING):
            if section in visible and section not in window.section_widgets and not c.offline_only:
                window.section_widget(section)  # the controller fills it, which loads its list
        billing = window.section_widgets.get(Section.ACCOUNT_BILLING)
        if billing is not None and billing.property("paletteWatch") is not True:
            billing.setProperty("paletteWatch", True)
            billing.invoices.proxy.modelReset.connect(self._sources_changed)
        tickets = window.section_widgets.get(Section.TICKETS)
        if tickets is not None and tickets.property("paletteWatch") is not True:
            tickets.setProperty("paletteWatch", True)
            tickets.ticketsShown.connect(self._sources_changed)
        if not self._watching_packages and Section.PRODUCTS in window.section_widgets:
            self._watching_packages = True
            c.products_flows.listingShown.connect(lambda _listing: self._sources_changed())

    def _sources_changed(self) -> None:
        if self.palette is not None and shiboken6.isValid(self.palette) and self.palette.isVisible():
            self.ensure_index()
            self.palette.refresh()

    def search(self, text: str) -> list[Match]:
        if self.index is None:
            return []
        return self.index.search(text, self._recents, self.limit)

    def forget(self) -> None:
        """The session ends: its entries and recent items leave with it."""
        if self.palette is not None and shiboken6.isValid(self.palette):
            self.palette.close()
        self.index = None
        self._signature = None
        self._recents = []

    # --- the index ---

    def ensure_index(self) -> PaletteIndex:
        """The index, built again only when what it is built from has changed: a sync makes a new snapshot,
        but it mostly moves counters, which no entry shows, so the entries are compared before building (the
        index of 10,000 lines is some 15 MB of folded texts made again at each Ctrl+K after a sync)."""
        signature = self._current_signature()
        if self.index is None or signature != self._signature:
            started = time.perf_counter()
            entries = self.entries()
            self._signature = signature
            if self.index is not None and entries == self.index.entries:
                return self.index
            self.index = PaletteIndex(entries)
            elapsed = (time.perf_counter() - started) * 1000
            log.debug("palette index: %d entries in %.0f ms", len(self.index), elapsed)
            self.indexBuilt.emit(len(self.index), elapsed)
        return self.index

    def _current_signature(self) -> tuple:
        c = self.controller
        store = c._store
        labels = invoices = None
        if store is not None:
            labels = store._conn.execute("SELECT COUNT(*), MAX(updated_at) FROM line_labels").fetchone()
            invoices = store._conn.execute("SELECT COUNT(*), MAX(saved_at) FROM invoice_listing").fetchone()
        tickets = self._tickets()
        packages = self._packages()
        return (id(store), id(c.snapshot), tuple(c.window.visible_sections()), labels, invoices,
                id(tickets), len(tickets), id(packages), formatting.language())

    def entries(self) -> list[Entry]:
        """Screens and settings first (they win ties), then lines, invoices, tickets, packages."""
        return [*self.screen_entries(), *self.setting_entries(), *self.line_entries(), *self.invoice_entries(),
                *self.ticket_entries(), *self.package_entries()]

    def screen_entries(self) -> list[Entry]:
        snap = self.controller.snapshot
        company = snap is not None and snap.user is not None and sees_all_lines(snap.user.role)
        return screen_entries(self.controller.window.visible_sections(), company)

    def setting_entries(self) -> list[Entry]:
        return setting_entries()

    def line_entries(self) -> list[Entry]:
        snap = self.controller.snapshot
        return line_entries(snap.lines, self._labels()) if snap is not None else []

    def invoice_entries(self) -> list[Entry]:
        store = self.controller._store
        if store is None or Section.ACCOUNT_BILLING not in self.controller.window.visible_sections():
            return []
        from windtre_desktop.store.invoice_archive import InvoiceArchive

        return invoice_entries(InvoiceArchive(store, store.path.parent).listing())

    def ticket_entries(self) -> list[Entry]:
        return ticket_entries(self._tickets())

    def package_entries(self) -> list[Entry]:
        return package_entries(self._packages())

    def _labels(self) -> dict:
        store = self.controller._store
        if store is None:
            return {}
        from windtre_desktop.store.fleet_labels import FleetLabels

        return FleetLabels(store).all()

    def _tickets(self) -> list[dict]:
        window = self.controller.window
        view = window.section_widgets.get(Section.TICKETS)
        return view.tickets if view is not None and Section.TICKETS in window.visible_sections() else []

    def _packages(self) -> tuple:
        products = self.controller.window.section_widgets.get(Section.PRODUCTS)
        if products is None or not products.company_tabs_shown():
            return ()
        return products.gss.listing.packages

    def _recent_store(self):  # noqa: ANN202 - store.palette_recent.PaletteRecent or None
        store = self.controller._store
        if store is None:
            return None
        from windtre_desktop.store.palette_recent import PaletteRecent

        return PaletteRecent(store)

    # --- opening ---

    def open_item(self, kind: str, key: str) -> None:
        openers: dict[str, Callable[[str], None]] = {
            EntryKind.SCREEN: self._open_screen,
            EntryKind.SETTING: self._open_setting,
        }
        opener = openers.get(kind)
        if opener is not None:
            opener(key)
        else:  # line, invoice, package, ticket: where a notification about it leads
            self.controller._open_notification_target(kind, key)
        recent = self._recent_store()
        if recent is not None:
            recent.touch(kind, key)
        self.opened.emit(kind, key)

    def _open_screen(self, key: str) -> None:
        section_key, _, tab = key.partition("/")
        try:
            section = Section(section_key)
        except ValueError:
            return
        window = self.controller.window
        if section not in window.visible_sections():
            return
        window.show_section(section)
        widget = window.section_widgets.get(section)
        if widget is None or not tab:
            return
        if section is Section.SELF_SERVICE:
            widget.show_page(tab)
        elif section is Section.ACCOUNT_BILLING:
            if tab == "recharges":
                widget.show_recharges()
            else:
                widget.tabs.setCurrentIndex(0)
        elif section is Section.NOTIFICATIONS:
            widget.tabs.setCurrentWidget(widget.centre if tab == "centre" else widget.settings_page)
        else:
            page = getattr(widget, tab, None)
            if isinstance(page, QWidget):
                widget.tabs.setCurrentWidget(page)

    def _open_setting(self, key: str) -> None:
        from windtre_desktop.views.settings_dialog import SettingsDialog

        window = self.controller.window
        window.settingsRequested.emit()
        shown = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
        field = getattr(shown[-1], SETTING_FIELDS.get(key) or "", None) if shown else None
        if isinstance(field, QWidget):
            field.setFocus()


# --- the entries, from plain data (also used by benchmarks/palette_probe.py) ---

def screen_entries(sections: Iterable[Section], company: bool) -> list[Entry]:
    """Each section, then its tabs or pages ("Products › Giga Smart Share"); English words too, to be found
    by them in Italian."""
    translate = QCoreApplication.translate
    found = []
    for section in sections:
        name = section_name(section)
        english = section.value.replace("_", " ")
        found.append(Entry(EntryKind.SCREEN, section.value, name, "", english))
        for key, context, source in SCREEN_TABS.get(section, ()):
            if (section, key) in _COMPANY_TABS and not company:
                continue
            title = translate("PaletteFlows", "%1 › %2").replace("%1", name).replace("%2", translate(context, source))
            found.append(Entry(EntryKind.SCREEN, f"{section.value}/{key}", title, "", f"{english} {source}"))
    return found


def setting_entries() -> list[Entry]:
    settings = QCoreApplication.translate("PaletteFlows", "Settings")
    titles = {
        "server": (QCoreApplication.translate("PaletteFlows", "Server address"), "server address url"),
        "interval": (QCoreApplication.translate("PaletteFlows", "Update interval"), "sync update interval"),
        "language": (QCoreApplication.translate("PaletteFlows", "Language"), "language italiano english"),
        "theme": (QCoreApplication.translate("PaletteFlows", "Theme"), "theme dark light"),
        "notifications": (QCoreApplication.translate("PaletteFlows", "Desktop notifications"), "desktop notifications"),
        "data_folder": (QCoreApplication.translate("PaletteFlows", "Data folder"), "data folder local"),
    }
    return [Entry(EntryKind.SETTING, key, title, settings, words) for key, (title, words) in titles.items()]


def line_entries(lines: Iterable[Line], labels: Mapping[str, LineLabel]) -> list[Entry]:
    """Number; holder, alias, local label and offer; found by its note too."""
    found = []
    for line in lines:
        label = labels.get(line.id)
        subtitle = " · ".join(x for x in (line.holder, line.alias, label.label if label else "", line.offer_name) if x)
        found.append(Entry(EntryKind.LINE, line.id, line.msisdn, subtitle, label.note if label else "",
                           (line.msisdn,)))
    return found


def invoice_entries(invoices: Iterable[Mapping]) -> list[Entry]:
    """The stored listing's invoices: number; issue date, amount, billing account."""
    title = QCoreApplication.translate("PaletteFlows", "Invoice %1")
    found = []
    for invoice in invoices:
        number = str(invoice.get("number") or invoice.get("id") or "")
        found.append(Entry(EntryKind.INVOICE, str(invoice["id"]), title.replace("%1", number),
                           invoice_summary(invoice), "",
                           (number,)))
    return found


def ticket_entries(tickets: Iterable[Mapping]) -> list[Entry]:
    """The tickets as the tickets view lists them (with their translated topic and status)."""
    title = QCoreApplication.translate("PaletteFlows", "Ticket %1")
    found = []
    for ticket in tickets:
        number = str(ticket.get("number") or "")
        subtitle = " · ".join(x for x in (ticket.get("topicLabel", ""), ticket.get("statusLabel", ""),
                                          formatting.timestamp(ticket.get("createdAt"))) if x)
        found.append(Entry(EntryKind.TICKET, str(ticket.get("id")), title.replace("%1", number), subtitle, "",
                           (number,)))
    return found


def package_entries(packages: Iterable[GssPackage]) -> list[Entry]:
    """GSS packages: id; type, SIMs, referent (found by the referent's number too)."""
    title = QCoreApplication.translate("PaletteFlows", "Package %1")
    found = []
    for package in packages:
        sims = QCoreApplication.translate("PaletteFlows", "%1 SIM(s)", "", package.sim_count).replace("%1", formatting.count(package.sim_count))
        subtitle = " · ".join(x for x in (package.type, sims, package.referent_phone) if x)
        found.append(Entry(EntryKind.PACKAGE, package.id, title.replace("%1", package.id), subtitle,
                           "gss giga smart share", (package.referent_phone,) if package.referent_phone else ()))
    return found
