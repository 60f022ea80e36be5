"""The words for a local alert (issue 15), shared by Avvisi, the dashboard and the desktop messages: each rule's
name, its facts in a sentence ("Spesa di novembre 182,40 € contro una media di 41,10 €"), the offer it
suggests, and the line it is about. Money, data, days and months through i18n.formatting."""

from __future__ import annotations

from PySide6.QtCore import QObject

from windtre_desktop.domain import alerts as rules
from windtre_desktop.domain.alerts import AlertEntry
from windtre_desktop.i18n import formatting


class AlertTexts(QObject):
    def rule_name(self, rule: str) -> str:
        names = {
            rules.SPEND_SPIKE: self.tr("Spend far above usual"),
            rules.TRAFFIC_SPIKE: self.tr("Traffic far above usual"),
            rules.IDLE_BUT_BILLED: self.tr("Billed but unused"),
            rules.OFFER_EXHAUSTED: self.tr("Offer always used up"),
            rules.OFFER_UNDERUSED: self.tr("Offer under half used"),
            rules.CREDIT_RUNNING_OUT: self.tr("Credit running out"),
        }
        return names.get(rule, rule)

    def line_text(self, entry: AlertEntry) -> str:
        """The line's number, holder and label: "+39 347… · Mario Rossi · Vendite"."""
        parts = [entry.msisdn or entry.alert.line_id, entry.holder, entry.label]
        return " · ".join(p for p in parts if p)

    def facts(self, entry: AlertEntry) -> str:
        alert = entry.alert
        f = alert.facts
        rule = alert.rule
        if rule == rules.SPEND_SPIKE:
            return (self.tr("Spend of %1: %2 against an average of %3 over the three months before")
                    .replace("%1", formatting.month_name(str(f.get("month") or "")))
                    .replace("%2", formatting.euro(int(f.get("cents") or 0)))
                    .replace("%3", formatting.euro(int(f.get("meanCents") or 0))))
        if rule == rules.TRAFFIC_SPIKE:
            average = float(f.get("weeklyAverage") or 0)
            if f.get("measure") == "cost":
                return (self.tr("Traffic charged last week: %1 against a weekly average of %2")
                        .replace("%1", formatting.euro(int(f.get("lastWeek") or 0)))
                        .replace("%2", formatting.euro(round(average))))
            return (self.tr("Records last week: %1 against a weekly average of %2")
                    .replace("%1", formatting.count(int(f.get("lastWeek") or 0)))
                    .replace("%2", formatting.decimal(average, 1)))
        if rule == rules.IDLE_BUT_BILLED:
            days = int(f.get("idleDays") or 0)
            billed = formatting.euro(int(f.get("billedCents") or 0))
            month = formatting.month_name(str(f.get("month") or ""))
            if not f.get("lastActivity"):
                return (self.tr("No traffic in the last %1 days; billed %2 in %3")
                        .replace("%1", formatting.count(days)).replace("%2", billed).replace("%3", month))
            return (self.tr("No traffic for %1 days (last on %2); billed %3 in %4")
                    .replace("%1", formatting.count(days)).replace("%2", formatting.day(f.get("lastActivity")))
                    .replace("%3", billed).replace("%4", month))
        if rule in (rules.OFFER_EXHAUSTED, rules.OFFER_UNDERUSED):
            allowance = int(f.get("allowanceBytes") or 0)
            unit = formatting.data_unit(allowance)
            used = " · ".join(formatting.data_amount(int(u), unit) for u in f.get("usedBytes") or ())
            template = (self.tr("%1: data used %2 of %3 in each of the last three months")
                        if rule == rules.OFFER_EXHAUSTED
                        else self.tr("%1: data used %2, under half of %3, in each of the last three months"))
            return (template.replace("%1", str(f.get("offerName") or ""))
                    .replace("%2", used).replace("%3", formatting.data_amount(allowance, unit)))
        if rule == rules.CREDIT_RUNNING_OUT:
            if float(f.get("daysLeft") or 0) < 1:
                return (self.tr("Remaining credit %1 lasts less than a day at last week's %2 a day")
                        .replace("%1", formatting.euro(int(f.get("creditCents") or 0)))
                        .replace("%2", formatting.euro(int(f.get("perDayCents") or 0))))
            return (self.tr("Remaining credit %1 lasts about %2 days at last week's %3 a day")
                    .replace("%1", formatting.euro(int(f.get("creditCents") or 0)))
                    .replace("%2", formatting.decimal(float(f.get("daysLeft") or 0), 1))
                    .replace("%3", formatting.euro(int(f.get("perDayCents") or 0))))
        return ""

    def suggestion(self, entry: AlertEntry, prefixed: bool = True) -> str:
        """The offer to move to, for the offer rules ("" otherwise); `prefixed` says "Suggested offer:" first
        (a table's column header says it already)."""
        f = entry.alert.facts
        if entry.alert.rule not in (rules.OFFER_EXHAUSTED, rules.OFFER_UNDERUSED):
            return ""
        name = f.get("suggestedName")
        if not name:
            return self.tr("No larger offer in the catalogue")
        data = f.get("suggestedBytes")
        allowance = self.tr("unlimited data") if data is None else formatting.data_amount(int(data))
        offer = (self.tr("%1 (%2, %3 a month)").replace("%1", str(name)).replace("%2", allowance)
                 .replace("%3", formatting.euro(int(f.get("suggestedCents") or 0))))
        return self.tr("Suggested offer: %1").replace("%1", offer) if prefixed else offer

    def sentence(self, entry: AlertEntry) -> str:
        """One line for a desktop message or the dashboard: the facts and the suggestion."""
        return " · ".join(t for t in (self.facts(entry), self.suggestion(entry)) if t)
