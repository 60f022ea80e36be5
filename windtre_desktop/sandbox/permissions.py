"""The permission matrix of docs/api.md: one declarative table of /api/ endpoints × session kinds, enforced here."""

from __future__ import annotations

from dataclasses import dataclass

from windtre_desktop.sandbox.accounts import SessionUser
from windtre_desktop.sandbox.messages import ApiError

USER_ADMIN = "USER_ADMIN"
TELCO_MANAGER = "TELCO_MANAGER"
DIPENDENTE = "DIPENDENTE"
# a User Admin or Telco Manager signed in by autologin: a Dipendente for the session
RESPONSABILE_AUTOLOGIN = "RESPONSABILE_AUTOLOGIN"
KINDS = (USER_ADMIN, TELCO_MANAGER, DIPENDENTE, RESPONSABILE_AUTOLOGIN)


@dataclass(frozen=True)
class Access:
    """Who may call an endpoint: no session needed (`public`), or the session kinds allowed; whether a
    session that must change its temporary password may call it too (R-08)."""

    kinds: frozenset[str] = frozenset()
    public: bool = False
    while_must_change: bool = False


PUBLIC = Access(public=True)
EVERYONE = frozenset(KINDS)
ACCOUNTS = frozenset({USER_ADMIN, TELCO_MANAGER, DIPENDENTE})  # real accounts, not an autologin Responsabile
ADMIN_ONLY = frozenset({USER_ADMIN})
EMPLOYEE = frozenset({DIPENDENTE})
AS_EMPLOYEE = frozenset({DIPENDENTE, RESPONSABILE_AUTOLOGIN})
MANAGERS = frozenset({USER_ADMIN, TELCO_MANAGER})  # tickets (R-70…R-73), invoices and recharges (R-40…R-43)

API = "/api/v1"
PERMISSIONS: dict[tuple[str, str], Access] = {
    ("POST", f"{API}/login/credentials"): PUBLIC,
    ("POST", f"{API}/login/network"): PUBLIC,
    ("POST", f"{API}/registration/admin"): PUBLIC,
    ("POST", f"{API}/registration/admin/activate"): PUBLIC,
    ("POST", f"{API}/registration/employee"): PUBLIC,
    ("POST", f"{API}/registration/employee/puk"): PUBLIC,
    ("POST", f"{API}/registration/employee/resend"): PUBLIC,
    ("POST", f"{API}/registration/employee/verify"): PUBLIC,
    ("POST", f"{API}/password/recovery"): PUBLIC,
    ("POST", f"{API}/password/recovery/resend"): PUBLIC,
    ("POST", f"{API}/password/recovery/confirm"): PUBLIC,
    ("POST", f"{API}/logout"): Access(EVERYONE, while_must_change=True),
    ("GET", f"{API}/me"): Access(EVERYONE, while_must_change=True),
    ("POST", f"{API}/password/change"): Access(ACCOUNTS, while_must_change=True),
    ("GET", f"{API}/company"): Access(EVERYONE),
    ("GET", f"{API}/lines"): Access(EVERYONE),
    ("GET", f"{API}/lines/{{lineId}}"): Access(EVERYONE),
    ("GET", f"{API}/sync"): Access(EVERYONE),
    ("GET", f"{API}/telco-managers"): Access(ADMIN_ONLY),
    ("POST", f"{API}/telco-managers"): Access(ADMIN_ONLY),
    ("DELETE", f"{API}/telco-managers/{{username}}"): Access(ADMIN_ONLY),
    ("GET", f"{API}/me/sims"): Access(AS_EMPLOYEE),
    ("POST", f"{API}/me/sims"): Access(EMPLOYEE),
    ("DELETE", f"{API}/me/sims/{{msisdn}}"): Access(EMPLOYEE),
    ("DELETE", f"{API}/me"): Access(EMPLOYEE),
    ("POST", f"{API}/tickets"): Access(MANAGERS),
    ("GET", f"{API}/tickets"): Access(MANAGERS),
    ("GET", f"{API}/tickets/open"): Access(MANAGERS),
    ("GET", f"{API}/tickets/forms/imei-block"): Access(MANAGERS),
    ("GET", f"{API}/tickets/{{ticketId}}"): Access(MANAGERS),
    ("GET", f"{API}/tickets/{{ticketId}}/attachments/{{attachmentId}}"): Access(MANAGERS),
    ("GET", f"{API}/invoices"): Access(MANAGERS),
    ("GET", f"{API}/invoices/{{invoiceId}}/pdf"): Access(MANAGERS),
    ("GET", f"{API}/invoices/{{invoiceId}}/call-detail"): Access(MANAGERS),
    ("GET", f"{API}/invoices/{{invoiceId}}/fatturapa"): Access(MANAGERS),
    ("POST", f"{API}/invoices/{{invoiceId}}/share"): Access(MANAGERS),
    ("GET", f"{API}/lines/{{lineId}}/recharges"): Access(MANAGERS),
    # traffic (R-30…R-32): a line's for whoever may see the line, the company's for managers only
    ("GET", f"{API}/lines/{{lineId}}/traffic/daily"): Access(EVERYONE),
    ("GET", f"{API}/lines/{{lineId}}/traffic/records"): Access(EVERYONE),
    ("GET", f"{API}/lines/{{lineId}}/traffic/export"): Access(EVERYONE),
    ("GET", f"{API}/traffic/daily"): Access(MANAGERS),
    # the fleet's usage and spend: the whole company's, for managers only
    ("GET", f"{API}/fleet/usage"): Access(MANAGERS),
    # products and Giga Smart Share: packages and devices for managers only; the SIM
    # codes of a line for whoever may see the line; notifications for every session
    ("GET", f"{API}/gss/packages"): Access(MANAGERS),
    ("GET", f"{API}/gss/packages/{{packageId}}/sims"): Access(MANAGERS),
    ("POST", f"{API}/gss/packages/{{packageId}}/plan"): Access(MANAGERS),
    ("POST", f"{API}/gss/packages/{{packageId}}/referent"): Access(MANAGERS),
    ("POST", f"{API}/gss/packages/{{packageId}}/extra-giga"): Access(MANAGERS),
    ("POST", f"{API}/gss/moves"): Access(MANAGERS),
    ("GET", f"{API}/devices"): Access(MANAGERS),
    ("GET", f"{API}/lines/{{lineId}}/sim-codes"): Access(EVERYONE),
    ("GET", f"{API}/notifications"): Access(EVERYONE),
    # -- Fai da te: line activations, SIM association history, promotions; managers only --
    ("GET", f"{API}/activations"): Access(MANAGERS),
    ("POST", f"{API}/activations/{{activationId}}/keep-updated"): Access(MANAGERS),
    ("GET", f"{API}/sim-associations"): Access(MANAGERS),
    ("GET", f"{API}/promotions"): Access(MANAGERS),

    # -- Fai da te: online and automatic recharge; managers only --
    ("GET", f"{API}/recharges/options"): Access(MANAGERS),
    ("POST", f"{API}/recharges"): Access(MANAGERS),
    ("GET", f"{API}/recharges/{{orderId}}"): Access(MANAGERS),
    ("GET", f"{API}/auto-recharges"): Access(MANAGERS),
    ("PUT", f"{API}/lines/{{lineId}}/auto-recharge"): Access(MANAGERS),
    ("DELETE", f"{API}/lines/{{lineId}}/auto-recharge"): Access(MANAGERS),

    # -- Fai da te: options and services; managers only --
    ("GET", f"{API}/options"): Access(MANAGERS),
    ("GET", f"{API}/lines/{{lineId}}/options"): Access(MANAGERS),
    ("POST", f"{API}/options/compatibility"): Access(MANAGERS),
    ("POST", f"{API}/options/requests"): Access(MANAGERS),
    ("GET", f"{API}/options/requests"): Access(MANAGERS),
    ("GET", f"{API}/lines/{{lineId}}/services"): Access(MANAGERS),
    ("POST", f"{API}/lines/{{lineId}}/services/check"): Access(MANAGERS),
    ("POST", f"{API}/lines/{{lineId}}/services"): Access(MANAGERS),

    # -- Notifiche: the settings for managers; a line's data abroad for whoever may see the line --
    ("GET", f"{API}/notification-settings"): Access(MANAGERS),
    ("PUT", f"{API}/notification-settings"): Access(MANAGERS),
    ("GET", f"{API}/lines/{{lineId}}/roaming"): Access(EVERYONE),
    ("POST", f"{API}/lines/{{lineId}}/roaming/unlock"): Access(MANAGERS),

}


def session_kind(user: SessionUser) -> str:
    return RESPONSABILE_AUTOLOGIN if user.is_responsabile_as_dipendente else user.role


def authorize(method: str, route_path: str, user: SessionUser) -> None:
    """403 ERR-AUTH-03 when the session's kind may not call the endpoint, then 403 ERR-AUTH-05 when the
    session must first change its temporary password."""
    access = PERMISSIONS[(method, route_path)]
    if session_kind(user) not in access.kinds:
        raise ApiError(403, "ERR-AUTH-03")
    if user.must_change and not access.while_must_change:
        raise ApiError(403, "ERR-AUTH-05")
